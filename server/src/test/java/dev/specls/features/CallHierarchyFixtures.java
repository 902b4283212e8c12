package dev.specls.features;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Renders prepare, then the incoming and outgoing calls of the prepared item. An item reads
 * {@code name (kind) detail, selection range, data}; from-ranges are 0-based with the text they cover.
 */
public class CallHierarchyFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        List<CallHierarchyItem> items = CallHierarchy.prepare(context, cursorUri, cursor);
        if (items.isEmpty()) {
            return "(none)\n";
        }
        StringBuilder out = new StringBuilder();
        for (CallHierarchyItem item : items) {
            out.append("item ").append(item(context, item)).append(" data=").append(item.getData()).append('\n');
            out.append("incoming:\n");
            for (CallHierarchyIncomingCall call : CallHierarchy.incoming(context, item)) {
                out.append("  ").append(item(context, call.getFrom())).append('\n');
                fromRanges(context, call.getFrom().getUri(), call.getFromRanges(), out);
            }
            out.append("outgoing:\n");
            for (CallHierarchyOutgoingCall call : CallHierarchy.outgoing(context, item)) {
                out.append("  ").append(item(context, call.getTo())).append('\n');
                fromRanges(context, item.getUri(), call.getFromRanges(), out);
            }
        }
        return out.toString();
    }

    private static String item(FeatureContext context, CallHierarchyItem item) {
        return item.getName() + " (" + item.getKind() + ") " + item.getDetail() + " @ " + NavigationRendering.fileName(item.getUri()) + " "
                + NavigationRendering.rangeWithText(context, item.getUri(), item.getSelectionRange())
                + " in " + NavigationRendering.range(item.getRange());
    }

    private static void fromRanges(FeatureContext context, String uri, List<Range> ranges, StringBuilder out) {
        for (Range range : ranges) {
            out.append("    from ").append(NavigationRendering.rangeWithText(context, uri, range)).append('\n');
        }
    }
}
