package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Renders prepareRename (0-based range and placeholder), then, with {@code # args: newName=…}, the
 * rename: each edited file's version, edit count and full new text, or the refusal. Every accepted
 * rename is applied and the spec set checked again: the last line names the rule codes whose finding
 * count grew ("none" is the expectation for a correct rename), then those whose count fell, when any did.
 */
public class RenameFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        PrepareRenameResult prepared = Renames.prepare(context, cursorUri, cursor);
        out.append("prepare: ").append(prepared == null ? "null"
                : NavigationRendering.range(prepared.getRange()) + " \"" + prepared.getPlaceholder() + "\"").append('\n');
        String newName = args.get("newName");
        if (newName == null) {
            return out.toString();
        }
        out.append("rename to ").append(newName).append(":\n");
        WorkspaceEdit edit;
        try {
            edit = Renames.rename(context, cursorUri, cursor, newName);
        } catch (FeatureException refused) {
            return out.append("refused: ").append(refused.getMessage()).append('\n').toString();
        }
        Map<URI, String> edited = NavigationRendering.apply(context, edit);
        for (var change : edit.getDocumentChanges()) {
            TextDocumentEdit documentEdit = change.getLeft();
            String uri = documentEdit.getTextDocument().getUri();
            out.append("=== ").append(NavigationRendering.fileName(uri)).append(" version ").append(documentEdit.getTextDocument().getVersion())
                    .append(", ").append(documentEdit.getEdits().size()).append(documentEdit.getEdits().size() == 1 ? " edit\n" : " edits\n");
            out.append(edited.get(URI.create(uri))).append('\n');
        }
        Map<String, Integer> before = NavigationRendering.findingCounts(context, Map.of());
        Map<String, Integer> after = NavigationRendering.findingCounts(context, edited);
        out.append("=== new findings: ").append(NavigationRendering.newFindings(before, after)).append('\n');
        String gone = NavigationRendering.goneFindings(before, after);
        if (!gone.equals("none")) {
            out.append("=== findings gone: ").append(gone).append('\n');
        }
        return out.toString();
    }
}
