package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Position;

/** Renders go-to-definition as one location per line: file, 0-based range, covered text. */
public class DefinitionFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        return NavigationRendering.locations(context, Definitions.definition(context, cursorUri, cursor));
    }
}
