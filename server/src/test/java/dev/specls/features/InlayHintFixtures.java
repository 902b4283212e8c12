package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Renders hints as {@code line:char "label" [padding] -> target}, 0-based. {@code # args: range=l:c-l:c}
 * restricts the request (default: the whole file); {@code file=…} picks the file (default PLAN.md).
 */
final class InlayHintFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = OutlineRendering.target(cursorUri, args);
        Range range = OutlineRendering.rangeArg(args);
        if (range == null) {
            range = new Range(new Position(0, 0), new Position(100_000, 0));
        }
        StringBuilder out = new StringBuilder();
        for (InlayHint hint : Annotations.inlayHints(context, uri, range)) {
            out.append(OutlineRendering.position(hint.getPosition())).append(' ');
            if (hint.getLabel().isLeft()) {
                out.append('"').append(hint.getLabel().getLeft()).append('"');
            } else {
                for (InlayHintLabelPart part : hint.getLabel().getRight()) {
                    out.append('"').append(part.getValue()).append('"');
                    if (part.getLocation() != null) {
                        String target = part.getLocation().getUri();
                        out.append(" -> ").append(target.substring(target.lastIndexOf('/') + 1)).append(' ')
                                .append(OutlineRendering.range(part.getLocation().getRange()));
                    }
                }
            }
            if (Boolean.TRUE.equals(hint.getPaddingLeft())) {
                out.append(" paddingLeft");
            }
            if (hint.getTooltip() != null && hint.getTooltip().isLeft()) {
                out.append("  (").append(hint.getTooltip().getLeft()).append(')');
            }
            out.append('\n');
        }
        return out.length() == 0 ? "(no hints)\n" : out.toString();
    }
}
