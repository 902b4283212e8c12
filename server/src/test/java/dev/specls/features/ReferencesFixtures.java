package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Position;

/**
 * Renders find-references as one location per line (file, 0-based range, covered text).
 * {@code # args: includeDeclaration=false} leaves the declarations out; true by default.
 */
public class ReferencesFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        boolean includeDeclaration = !"false".equals(args.get("includeDeclaration"));
        return NavigationRendering.locations(context, References.references(context, cursorUri, cursor, includeDeclaration));
    }
}
