package dev.specls.features;

import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Conversions between file spans and protocol positions, in the negotiated encoding. */
public final class Positions {

    private Positions() {
    }

    public static Range range(Span span, LineIndex index, PositionEncoding encoding) {
        return new Range(position(span.start(), index, encoding), position(span.end(), index, encoding));
    }

    public static Range range(SourceFile file, Span span, PositionEncoding encoding) {
        return range(span, file.lineIndex(), encoding);
    }

    public static Position position(int offset, LineIndex index, PositionEncoding encoding) {
        LineColumn lineColumn = index.position(offset, encoding);
        return new Position(lineColumn.line(), lineColumn.character());
    }

    public static int offset(SourceFile file, Position position, PositionEncoding encoding) {
        return file.lineIndex().offset(new LineColumn(position.getLine(), position.getCharacter()), encoding);
    }

    public static Span span(SourceFile file, Range range, PositionEncoding encoding) {
        int start = offset(file, range.getStart(), encoding);
        int end = offset(file, range.getEnd(), encoding);
        return new Span(Math.min(start, end), Math.max(start, end));
    }

    public static Location location(SourceFile file, Span span, PositionEncoding encoding) {
        return new Location(file.uri().toString(), range(file, span, encoding));
    }
}
