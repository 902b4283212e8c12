package dev.specls.features;

import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Renders the code actions at the cursor: each action's title, kind, preferred flag, the diagnostic it
 * is attached to, and the text of every file it edits once applied.
 *
 * <p>Positions are 0-based {@code line:character} in the fixture's encoding.
 *
 * <p>Every quick fix is also held to its acceptance: once its edit is applied, the spec set is checked
 * again, and the diagnostic it is attached to must be gone while no rule reports more findings in any
 * file than before. A fix that breaks this fails the fixture, also when expectations are regenerated.
 *
 * <p>Arguments: {@code diagnostics=none} sends no diagnostics (the client asks for the range only; by
 * default it sends the findings under the cursor, as editors do); {@code range=line} asks for the cursor's
 * whole line; {@code only=quickfix|source} sets the kinds filter.
 */
public final class CodeActionFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        SourceFile file = context.workspace().file(cursorUri);
        Range range = new Range(cursor, cursor);
        if ("line".equals(args.get("range"))) {
            range = new Range(new Position(cursor.getLine(), 0), new Position(cursor.getLine() + 1, 0));
        }
        SpecSet specSet = context.workspace().specSetOf(cursorUri);
        Map<URI, List<Finding>> before = specSet == null ? Map.of() : context.checker().check(specSet);
        List<Diagnostic> sent = new ArrayList<>();
        if (!"none".equals(args.get("diagnostics"))) {
            int offset = Positions.offset(file, cursor, context.encoding());
            for (Finding finding : before.getOrDefault(file.uri(), List.of())) {
                if (finding.span().touches(offset)) {
                    sent.add(new Diagnostic(Positions.range(file, finding.span(), context.encoding()), finding.message(), null, "specls",
                            finding.code()));
                }
            }
        }
        CodeActionContext actionContext = new CodeActionContext(sent);
        if (args.containsKey("only")) {
            actionContext.setOnly(Arrays.asList(args.get("only").split("\\|")));
        }
        List<Either<Command, CodeAction>> actions = CodeActions.actions(context, cursorUri, range, actionContext);
        StringBuilder out = new StringBuilder();
        out.append("sent: ").append(sent.isEmpty() ? "(no diagnostics)" : String.join(", ", sent.stream().map(d -> d.getCode().getLeft() + " "
                + range(d.getRange())).toList())).append('\n');
        if (actions.isEmpty()) {
            out.append("(no actions)\n");
        }
        for (Either<Command, CodeAction> either : actions) {
            if (either.isLeft()) {
                out.append("command: ").append(either.getLeft().getTitle()).append('\n');
                continue;
            }
            CodeAction action = either.getRight();
            out.append("\naction: ").append(action.getTitle()).append('\n');
            out.append("  kind: ").append(action.getKind()).append('\n');
            if (Boolean.TRUE.equals(action.getIsPreferred())) {
                out.append("  preferred\n");
            }
            if (action.getDiagnostics() != null) {
                for (Diagnostic diagnostic : action.getDiagnostics()) {
                    out.append("  fixes: ").append(diagnostic.getCode().getLeft()).append(' ').append(range(diagnostic.getRange()))
                            .append(sent.stream().anyMatch(d -> d == diagnostic) ? " (the client's diagnostic)" : "").append('\n');
                }
            }
            Map<URI, String> edited = apply(context, action);
            if ("quickfix".equals(action.getKind())) {
                assertAccepted(context, specSet, before, action, edited, cursorUri);
            }
            for (Map.Entry<URI, String> entry : edited.entrySet()) {
                out.append("  ").append(entry.getKey().toString().substring(FeatureFixtureTest.FOLDER.length())).append(":\n");
                // The fixture's files end with a line break; the last, empty line is not shown.
                String text = entry.getValue().endsWith("\n") ? entry.getValue().substring(0, entry.getValue().length() - 1) : entry.getValue();
                for (String line : text.split("\n", -1)) {
                    out.append("    |").append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String range(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
                + range.getEnd().getCharacter();
    }

    /** Applies the action's versioned document edits to the fixture's texts; edits must name version 1 and not overlap. */
    static Map<URI, String> apply(FeatureContext context, CodeAction action) {
        Map<URI, String> edited = new TreeMap<>();
        if (action.getEdit() == null || action.getEdit().getDocumentChanges() == null) {
            return edited;
        }
        // A fix may create a file (a missing partial) and then fill it: the new file starts empty, with no version.
        java.util.Set<URI> created = new java.util.HashSet<>();
        for (var change : action.getEdit().getDocumentChanges()) {
            if (change.isRight()) {
                if (!(change.getRight() instanceof org.eclipse.lsp4j.CreateFile create)) {
                    throw new AssertionError("unexpected resource operation in " + action.getTitle());
                }
                created.add(URI.create(create.getUri()));
                continue;
            }
            TextDocumentEdit documentEdit = change.getLeft();
            URI uri = URI.create(documentEdit.getTextDocument().getUri());
            SourceFile file = context.workspace().file(uri);
            boolean isNew = file == null && created.contains(uri);
            if (file == null && !isNew) {
                throw new AssertionError("edit of an unknown file " + uri);
            }
            if (!isNew && !Integer.valueOf(1).equals(documentEdit.getTextDocument().getVersion())) {
                throw new AssertionError("edit of " + uri + " names version " + documentEdit.getTextDocument().getVersion() + ", not 1");
            }
            LineIndex index = isNew ? LineIndex.of("") : file.lineIndex();
            List<int[]> spans = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Either<TextEdit, SnippetTextEdit> either : documentEdit.getEdits()) {
                TextEdit edit = either.getLeft();
                Range range = edit.getRange();
                spans.add(new int[] {offset(index, range.getStart(), context), offset(index, range.getEnd(), context), texts.size()});
                texts.add(edit.getNewText());
            }
            spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
            StringBuilder text = new StringBuilder(isNew ? "" : file.text());
            for (int i = spans.size() - 1; i >= 0; i--) {
                int[] span = spans.get(i);
                if (i > 0 && spans.get(i - 1)[1] > span[0]) {
                    throw new AssertionError("overlapping edits in " + action.getTitle());
                }
                text.replace(span[0], span[1], texts.get(span[2]));
            }
            edited.put(uri, text.toString());
        }
        return edited;
    }

    private static int offset(LineIndex index, Position position, FeatureContext context) {
        return index.offset(new LineColumn(position.getLine(), position.getCharacter()), context.encoding());
    }

    /** The fix's own diagnostic is gone and no rule reports more findings in any file than before. */
    private static void assertAccepted(FeatureContext context, SpecSet specSet, Map<URI, List<Finding>> before, CodeAction action,
            Map<URI, String> edited, URI cursorUri) {
        Workspace after = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        for (SourceFile member : specSet.members()) {
            after.open(member.uri(), 2, edited.getOrDefault(member.uri(), member.text()));
        }
        edited.forEach((uri, text) -> {
            if (context.workspace().file(uri) == null) {
                after.open(uri, 2, text);
            }
        });
        Map<URI, List<Finding>> findingsAfter = context.checker().check(after.specSetOf(cursorUri));
        Map<String, Integer> countsBefore = counts(before);
        Map<String, Integer> countsAfter = counts(findingsAfter);
        for (Map.Entry<String, Integer> entry : countsAfter.entrySet()) {
            int previous = countsBefore.getOrDefault(entry.getKey(), 0);
            if (entry.getValue() > previous) {
                throw new AssertionError("\"" + action.getTitle() + "\" adds a finding " + entry.getKey() + ": " + findingsAfter);
            }
        }
        for (Diagnostic diagnostic : action.getDiagnostics()) {
            String key = cursorUri.getPath() + " " + diagnostic.getCode().getLeft();
            if (countsAfter.getOrDefault(key, 0) >= countsBefore.getOrDefault(key, 0)) {
                throw new AssertionError("\"" + action.getTitle() + "\" leaves its diagnostic " + key + ": " + findingsAfter);
            }
        }
    }

    private static Map<String, Integer> counts(Map<URI, List<Finding>> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        findings.forEach((uri, list) -> list.forEach(finding -> counts.merge(uri.getPath() + " " + finding.code(), 1, Integer::sum)));
        return counts;
    }
}
