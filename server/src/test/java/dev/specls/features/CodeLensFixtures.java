package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Position;

/** Renders lenses as {@code range title [command]}, 0-based; {@code # args: file=…} picks the file. */
final class CodeLensFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        for (CodeLens lens : Annotations.codeLenses(context, OutlineRendering.target(cursorUri, args))) {
            out.append(OutlineRendering.range(lens.getRange())).append(' ').append(lens.getCommand().getTitle());
            if (!lens.getCommand().getCommand().isEmpty()) {
                out.append(" [").append(lens.getCommand().getCommand()).append(']');
            }
            out.append('\n');
        }
        return out.length() == 0 ? "(no lenses)\n" : out.toString();
    }
}
