package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

/** Renders a hover as its kind and 0-based range with the covered text, then the Markdown as sent. */
public class HoverFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        Hover hover = Hovers.hover(context, cursorUri, cursor);
        if (hover == null) {
            return "(none)\n";
        }
        return hover.getContents().getRight().getKind() + " " + NavigationRendering.rangeWithText(context, cursorUri.toString(), hover.getRange())
                + "\n" + hover.getContents().getRight().getValue() + "\n";
    }
}
