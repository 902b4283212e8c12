package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.WorkspaceSymbol;

/**
 * Renders workspace symbols in rank order: {@code Kind name  file range  in container}, 0-based ranges.
 * {@code # args: query=…} is the search text (empty when absent).
 */
final class WorkspaceSymbolFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        for (WorkspaceSymbol symbol : DocumentSymbols.search(context, args.getOrDefault("query", ""))) {
            Location location = symbol.getLocation().getLeft();
            String file = location.getUri().substring(location.getUri().lastIndexOf('/') + 1);
            out.append(symbol.getKind()).append(' ').append(symbol.getName()).append("  ")
                    .append(file).append(' ').append(OutlineRendering.range(location.getRange()));
            if (symbol.getContainerName() != null) {
                out.append("  in ").append(symbol.getContainerName());
            }
            out.append('\n');
        }
        return out.length() == 0 ? "(no symbols)\n" : out.toString();
    }
}
