package dev.specls.features;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;

/**
 * Renders the outline as an indented tree: {@code Kind name — detail  range  sel selectionRange}, with
 * 0-based {@code line:character} ranges. {@code # args: file=REQUIREMENTS.md} picks the file (default PLAN.md).
 */
final class DocumentSymbolFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        render(DocumentSymbols.outline(context, OutlineRendering.target(cursorUri, args)), "", out);
        return out.length() == 0 ? "(no symbols)\n" : out.toString();
    }

    private static void render(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
        for (DocumentSymbol symbol : symbols) {
            out.append(indent).append(symbol.getKind()).append(' ').append(symbol.getName());
            if (symbol.getDetail() != null) {
                out.append(" — ").append(symbol.getDetail());
            }
            out.append("  ").append(OutlineRendering.range(symbol.getRange()))
                    .append("  sel ").append(OutlineRendering.range(symbol.getSelectionRange())).append('\n');
            if (symbol.getChildren() != null) {
                render(symbol.getChildren(), indent + "  ", out);
            }
        }
    }
}
