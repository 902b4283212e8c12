package dev.specls.features;

import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Applies text edits the way an editor does, and renders them; shared by the editing features' fixtures. */
final class FixtureEdits {

    private FixtureEdits() {
    }

    /** The file's text after the edits, which must not overlap (LSP: all ranges refer to the original text). */
    static String apply(FeatureContext context, SourceFile file, List<TextEdit> edits) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Range range = edits.get(i).getRange();
            int start = Positions.offset(file, range.getStart(), context.encoding());
            int end = Positions.offset(file, range.getEnd(), context.encoding());
            if (end < start) {
                throw new AssertionError("edit ends before it starts: " + edits.get(i));
            }
            spans.add(new int[] {start, end, i});
        }
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]).thenComparingInt(span -> span[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                throw new AssertionError("overlapping edits: " + edits);
            }
            out.append(file.text(), at, span[0]).append(edits.get(span[2]).getNewText());
            at = span[1];
        }
        return out.append(file.text().substring(at)).toString();
    }

    /** A context over the same files, with {@code uri}'s text replaced. */
    static FeatureContext withText(FeatureContext context, URI uri, String text) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        for (SourceFile file : context.workspace().files()) {
            workspace.open(file.uri(), 2, file.uri().equals(uri) ? text : file.text());
        }
        return new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), context.encoding(), Cancellation.NONE, Formats.BUILT_IN);
    }

    /** {@code line:col-line:col} with 0-based lines and columns in the context's encoding. */
    static String range(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
    }

    static String edits(List<TextEdit> edits) {
        StringBuilder out = new StringBuilder();
        for (TextEdit edit : edits) {
            out.append("  ").append(range(edit.getRange())).append(' ').append(quoted(edit.getNewText())).append('\n');
        }
        return out.toString();
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\"", "\\\"") + '"';
    }

    static URI uri(Map<String, String> args, String defaultFile) {
        return URI.create(FeatureFixtureTest.FOLDER + args.getOrDefault("file", defaultFile));
    }
}
