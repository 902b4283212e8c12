package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.text.PositionEncoding;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class ContentChangesTest {

    static TextDocumentContentChangeEvent edit(int startLine, int startChar, int endLine, int endChar, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(startLine, startChar), new Position(endLine, endChar)), text);
    }

    @Test
    void aFullChangeReplacesTheText() {
        assertEquals("new", ContentChanges.apply("old", List.of(new TextDocumentContentChangeEvent("new")), PositionEncoding.UTF16));
    }

    @Test
    void eachRangeRefersToTheTextThePreviousChangeLeft() {
        String text = "one\ntwo\nthree";
        String result = ContentChanges.apply(text, List.of(edit(0, 0, 0, 3, "1"), edit(0, 1, 1, 0, " ")), PositionEncoding.UTF16);
        assertEquals("1 two\nthree", result);
    }

    @Test
    void countsAnEmojiAsTwoUtf16UnitsOrFourUtf8Bytes() {
        String text = "a😀b TODO\n";
        assertEquals("a😀b DONE\n", ContentChanges.apply(text, List.of(edit(0, 5, 0, 9, "DONE")), PositionEncoding.UTF16));
        assertEquals("a😀b DONE\n", ContentChanges.apply(text, List.of(edit(0, 7, 0, 11, "DONE")), PositionEncoding.UTF8));
        assertEquals("a😀b DONE\n", ContentChanges.apply(text, List.of(edit(0, 4, 0, 8, "DONE")), PositionEncoding.UTF32));
    }

    @Test
    void theSnapshotsIndexServesOnlyTheFirstChange() {
        String text = "one\ntwo\nthree";
        String result = ContentChanges.apply(text, dev.specls.text.LineIndex.of(text),
                List.of(edit(0, 0, 0, 3, "1"), edit(0, 1, 1, 0, " ")), PositionEncoding.UTF16);
        assertEquals("1 two\nthree", result);
    }

    @Test
    void aPositionPastTheLineEndMeansTheLineEnd() {
        assertEquals("ab!\ncd", ContentChanges.apply("ab\ncd", List.of(edit(0, 99, 0, 99, "!")), PositionEncoding.UTF16));
    }

    @Test
    void crlfLineBreaksSeparateLines() {
        assertEquals("a\r\nX", ContentChanges.apply("a\r\nb", List.of(edit(1, 0, 1, 1, "X")), PositionEncoding.UTF16));
    }
}
