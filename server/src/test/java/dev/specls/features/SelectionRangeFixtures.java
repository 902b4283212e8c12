package dev.specls.features;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;

/** Renders the selection chain at the cursor, innermost first: {@code range "text"}, 0-based. */
final class SelectionRangeFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = OutlineRendering.target(cursorUri, args);
        List<SelectionRange> ranges = Folding.selectionRanges(context, uri, List.of(cursor == null ? new Position(0, 0) : cursor));
        StringBuilder out = new StringBuilder();
        for (SelectionRange range = ranges.isEmpty() ? null : ranges.get(0); range != null; range = range.getParent()) {
            out.append(OutlineRendering.range(range.getRange())).append(' ')
                    .append(OutlineRendering.quote(context, uri, range.getRange())).append('\n');
        }
        return out.length() == 0 ? "(no ranges)\n" : out.toString();
    }
}
