package dev.specls.features;

import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Position;

/**
 * Renders folding ranges as {@code startLine-endLine kind [collapsedText] | first line} with 0-based
 * lines. {@code # args: file=…} picks the file (default PLAN.md).
 */
final class FoldingFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = OutlineRendering.target(cursorUri, args);
        SourceFile file = context.workspace().file(uri);
        StringBuilder out = new StringBuilder();
        for (FoldingRange range : Folding.foldingRanges(context, uri)) {
            out.append(range.getStartLine()).append('-').append(range.getEndLine()).append(' ')
                    .append(range.getKind() == null ? "-" : range.getKind());
            if (range.getCollapsedText() != null) {
                out.append(" [").append(range.getCollapsedText()).append(']');
            }
            int line = range.getStartLine();
            out.append(" | ").append(file.text(), file.lineIndex().lineStart(line), file.lineIndex().lineContentEnd(line)).append('\n');
        }
        return out.length() == 0 ? "(no ranges)\n" : out.toString();
    }
}
