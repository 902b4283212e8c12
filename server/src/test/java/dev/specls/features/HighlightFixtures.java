package dev.specls.features;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.Position;

/** Renders document highlights as {@code Kind 0-based-range "text"}, one per line. */
public class HighlightFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        List<DocumentHighlight> highlights = References.highlights(context, cursorUri, cursor);
        if (highlights.isEmpty()) {
            return "(none)\n";
        }
        StringBuilder out = new StringBuilder();
        for (DocumentHighlight highlight : highlights) {
            out.append(highlight.getKind()).append(' ')
                    .append(NavigationRendering.rangeWithText(context, cursorUri.toString(), highlight.getRange())).append('\n');
        }
        return out.toString();
    }
}
