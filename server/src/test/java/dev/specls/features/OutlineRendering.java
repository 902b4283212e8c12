package dev.specls.features;

import dev.specls.text.LineColumn;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Shared text rendering for the outline, folding, token and annotation fixtures. Positions are
 * rendered 0-based, as the protocol sends them: {@code line:character}, in the fixture's encoding.
 */
final class OutlineRendering {

    private OutlineRendering() {
    }

    /** The file a fixture asks about: the cursor's file, else {@code # args: file=…}, else PLAN.md. */
    static URI target(URI cursorUri, Map<String, String> args) {
        if (cursorUri != null) {
            return cursorUri;
        }
        return URI.create(FeatureFixtureTest.FOLDER + args.getOrDefault("file", "PLAN.md"));
    }

    static String position(Position position) {
        return position.getLine() + ":" + position.getCharacter();
    }

    static String range(Range range) {
        return position(range.getStart()) + "-" + position(range.getEnd());
    }

    /** {@code # args: range=1:0-5:0} as a protocol range, or {@code null}. */
    static Range rangeArg(Map<String, String> args) {
        String value = args.get("range");
        if (value == null) {
            return null;
        }
        String[] ends = value.split("-");
        return new Range(positionArg(ends[0]), positionArg(ends[1]));
    }

    private static Position positionArg(String value) {
        String[] parts = value.split(":");
        return new Position(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** The text a range covers, quoted on one line and shortened to stay readable. */
    static String quote(FeatureContext context, URI uri, Range range) {
        SourceFile file = context.workspace().file(uri);
        if (file == null) {
            return "\"?\"";
        }
        int start = file.lineIndex().offset(new LineColumn(range.getStart().getLine(), range.getStart().getCharacter()), context.encoding());
        int end = file.lineIndex().offset(new LineColumn(range.getEnd().getLine(), range.getEnd().getCharacter()), context.encoding());
        String text = file.text().substring(start, Math.max(start, end)).replace("\n", "⏎");
        if (text.length() > 40) {
            text = text.substring(0, 18) + "…" + text.substring(text.length() - 18);
        }
        return "\"" + text + "\"";
    }
}
