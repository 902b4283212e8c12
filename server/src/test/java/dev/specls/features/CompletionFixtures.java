package dev.specls.features;

import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Renders {@link Completions#complete} as one block per item, in the order the client shows them
 * (sortText, then label):
 *
 * <pre>
 * LABEL  KIND [deprecated] [detail="…"] [description="…"] [filter="…"]
 *   edit|snippet L:C-L:C "new text"        ranges are 0-based line:character in the fixture's encoding
 *   doc "…"                                only with # args: docs=true
 * </pre>
 *
 * Arguments: {@code docs=true} adds the documentation; {@code disk=a/b.py;c.txt} writes those files into a
 * temporary folder and opens the fixture's files there, so that the spec set's folder exists on disk;
 * {@code sweep=true} asks for completion at every offset of every file and reports only that none failed.
 */
final class CompletionFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        if (Boolean.parseBoolean(args.get("sweep"))) {
            return sweep(context);
        }
        if (args.containsKey("disk")) {
            return onDisk(context, cursorUri, cursor, args);
        }
        return render(Completions.complete(context, cursorUri, cursor), Boolean.parseBoolean(args.get("docs")));
    }

    private static String render(CompletionList list, boolean docs) {
        List<CompletionItem> items = new ArrayList<>(list.getItems());
        items.sort(Comparator.comparing((CompletionItem item) -> item.getSortText() == null ? item.getLabel() : item.getSortText())
                .thenComparing(CompletionItem::getLabel));
        StringBuilder out = new StringBuilder();
        if (list.isIncomplete()) {
            out.append("(incomplete)\n");
        }
        if (items.isEmpty()) {
            out.append("(no items)\n");
        }
        for (CompletionItem item : items) {
            out.append(item.getLabel()).append("  ").append(item.getKind());
            if (item.getTags() != null && item.getTags().contains(CompletionItemTag.Deprecated)) {
                out.append(" deprecated");
            }
            if (item.getDetail() != null) {
                out.append("  detail=").append(quote(item.getDetail()));
            }
            if (item.getLabelDetails() != null && item.getLabelDetails().getDescription() != null) {
                out.append("  description=").append(quote(item.getLabelDetails().getDescription()));
            }
            if (item.getFilterText() != null && !item.getFilterText().equals(item.getLabel())) {
                out.append("  filter=").append(quote(item.getFilterText()));
            }
            out.append('\n');
            TextEdit edit = item.getTextEdit().getLeft();
            out.append("  ").append(item.getInsertTextFormat() == InsertTextFormat.Snippet ? "snippet " : "edit ")
                    .append(range(edit.getRange())).append(' ').append(quote(edit.getNewText())).append('\n');
            if (docs && item.getDocumentation() != null) {
                String value = item.getDocumentation().isRight() ? item.getDocumentation().getRight().getValue() : item.getDocumentation().getLeft();
                out.append("  doc ").append(quote(value)).append('\n');
            }
        }
        return out.toString();
    }

    private static String range(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** Completion everywhere must never fail: the fixture's files, at every offset. */
    private static String sweep(FeatureContext context) {
        int positions = 0;
        int withItems = 0;
        for (SourceFile file : context.workspace().files()) {
            for (int offset = 0; offset <= file.text().length(); offset++) {
                Position position = Positions.position(offset, file.lineIndex(), context.encoding());
                CompletionList list = Completions.complete(context, file.uri(), position);
                positions++;
                withItems += list.getItems().isEmpty() ? 0 : 1;
            }
        }
        return "swept " + positions + " positions without a failure; " + withItems + " offered items\n";
    }

    /** The same files, opened in a real temporary folder that also holds the {@code disk=} files. */
    private static String onDisk(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("specls-completion");
            for (String relative : args.get("disk").split(";")) {
                if (!relative.isBlank()) {
                    Path path = folder.resolve(relative.strip());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, "", StandardCharsets.UTF_8);
                }
            }
            Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
            URI moved = null;
            for (SourceFile file : context.workspace().files()) {
                String name = file.uri().toString().substring(FeatureFixtureTest.FOLDER.length());
                URI uri = folder.resolve(name).toUri();
                Files.createDirectories(folder.resolve(name).getParent());
                Files.writeString(folder.resolve(name), file.text(), StandardCharsets.UTF_8);
                workspace.open(uri, 1, file.text());
                if (file.uri().equals(cursorUri)) {
                    moved = uri;
                }
            }
            FeatureContext onDisk = new FeatureContext(workspace, context.checker(), context.encoding(), context.cancellation(), Formats.BUILT_IN);
            return render(Completions.complete(onDisk, moved, cursor), Boolean.parseBoolean(args.get("docs")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
