package dev.specls.features;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;

/**
 * Decodes the relative token data back to absolute, 0-based positions: {@code line:char+length type
 * [modifiers] "text"}. {@code # args: range=l:c-l:c} asks for a range instead of the full file;
 * {@code file=…} picks the file (default PLAN.md). The raw data is checked to be sorted and on one line.
 */
final class SemanticTokensFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = OutlineRendering.target(cursorUri, args);
        Range requested = OutlineRendering.rangeArg(args);
        SemanticTokens tokens = requested == null ? SemanticTokensProvider.full(context, uri)
                : SemanticTokensProvider.range(context, uri, requested);
        List<Integer> data = tokens.getData();
        StringBuilder out = new StringBuilder();
        int line = 0;
        int start = 0;
        for (int i = 0; i + 4 < data.size(); i += 5) {
            if (data.get(i) < 0 || (data.get(i) == 0 && data.get(i + 1) < 0) || data.get(i + 2) <= 0) {
                throw new AssertionError("unsorted or empty token at " + i / 5 + ": " + data.subList(i, i + 5));
            }
            line += data.get(i);
            start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
            Range range = new Range(new Position(line, start), new Position(line, start + data.get(i + 2)));
            out.append(line).append(':').append(start).append('+').append(data.get(i + 2)).append(' ')
                    .append(SemanticTokensProvider.LEGEND.getTokenTypes().get(data.get(i + 3)));
            int modifiers = data.get(i + 4);
            for (int bit = 0; bit < SemanticTokensProvider.LEGEND.getTokenModifiers().size(); bit++) {
                if ((modifiers & (1 << bit)) != 0) {
                    out.append('.').append(SemanticTokensProvider.LEGEND.getTokenModifiers().get(bit));
                }
            }
            out.append(' ').append(OutlineRendering.quote(context, uri, range)).append('\n');
        }
        return out.length() == 0 ? "(no tokens)\n" : out.toString();
    }
}
