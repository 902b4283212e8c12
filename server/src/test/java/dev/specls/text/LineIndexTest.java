package dev.specls.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Both ways of finding lines (with and without {@code \r}) agree, and columns follow the encoding. */
class LineIndexTest {

    @Test
    void findsLinesWithoutCarriageReturns() {
        LineIndex index = LineIndex.of("ab\n\ncd\n");
        assertEquals(4, index.lineCount());
        assertEquals(3, index.lineStart(1));
        assertEquals(4, index.lineStart(2));
        assertEquals(7, index.lineStart(3));
        assertEquals(new LineColumn(2, 1), index.position(5, PositionEncoding.UTF16));
    }

    @Test
    void findsLinesEndedByEveryKindOfBreak() {
        LineIndex index = LineIndex.of("a\r\nb\rc\nd");
        assertEquals(4, index.lineCount());
        assertEquals(3, index.lineStart(1));
        assertEquals(5, index.lineStart(2));
        assertEquals(7, index.lineStart(3));
        assertEquals(1, index.lineContentEnd(0));
    }

    @Test
    void countsColumnsInTheNegotiatedEncoding() {
        LineIndex index = LineIndex.of("x\né😀z");
        assertEquals(new LineColumn(1, 3), index.position(5, PositionEncoding.UTF16));
        assertEquals(new LineColumn(1, 6), index.position(5, PositionEncoding.UTF8));
        assertEquals(new LineColumn(1, 2), index.position(5, PositionEncoding.UTF32));
        assertEquals(5, index.offset(new LineColumn(1, 6), PositionEncoding.UTF8));
        LineIndex ascii = LineIndex.of("x\nabc");
        assertEquals(new LineColumn(1, 2), ascii.position(4, PositionEncoding.UTF8));
    }
}
