package dev.specls.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The splice found between two versions, where old spans land in the new one, and whether lines keep their numbers. */
class TextChangeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abcdef   | abXcdef  | 2 | 2 | 3
            abcdef   | abdef    | 2 | 3 | 2
            abcdef   | abYYef   | 2 | 4 | 4
            abcdef   | abcdef   | 6 | 6 | 6
            aaaa     | aaaaa    | 4 | 4 | 5
            abc      | ''       | 0 | 3 | 0
            ''       | xyz      | 0 | 0 | 3
            abcabc   | abc      | 3 | 6 | 3
            """)
    void findsTheSmallestSplice(String before, String after, int start, int oldEnd, int newEnd) {
        TextChange change = TextChange.between(before, after);
        assertEquals(new TextChange(start, oldEnd, newEnd), change);
        assertEquals(after, before.substring(0, start) + after.substring(start, newEnd) + before.substring(oldEnd));
    }

    /** Texts longer than the blocks the comparison copies, edited near either end, at a block's edge and in the middle. */
    @ParameterizedTest(name = "at {0}")
    @ValueSource(ints = {0, 1, 4095, 4096, 4097, 6000, 8191, 8192, 11999, 12000})
    void findsTheSpliceInLongTexts(int at) {
        String before = "é" + "abcdefghij".repeat(1_200).substring(1);
        String after = before.substring(0, at) + "XY" + before.substring(Math.min(before.length(), at + 1));
        TextChange change = TextChange.between(before, after);
        assertEquals(after, before.substring(0, change.start()) + after.substring(change.start(), change.newEnd()) + before.substring(change.oldEnd()));
        assertEquals(at, change.start());
        assertEquals(Math.min(before.length(), at + 1), change.oldEnd());
    }

    /** {@code abcdef -> abXYcdef}: the change is [2, 2) -> [2, 4). */
    @ParameterizedTest(name = "[{0}, {1})")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 1 | 0 | 1
            0 | 2 | -1 | -1
            2 | 3 | -1 | -1
            3 | 5 | 5 | 7
            1 | 4 | -1 | -1
            """)
    void mapsSpansClearOfTheChangeAndNoOthers(int start, int end, int mappedStart, int mappedEnd) {
        TextChange change = TextChange.between("abcdef", "abXYcdef");
        Span mapped = change.map(new Span(start, end));
        assertEquals(mappedStart < 0 ? null : new Span(mappedStart, mappedEnd), mapped);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            'a\\nb'    | 'ax\\nb'   | true
            'a\\nb'    | 'a\\n\\nb' | false
            'a\\nb'    | 'ab'       | false
            'a\\r\\nb' | 'a\\rx\\nb' | false
            'a\\r\\nb' | 'ax\\r\\nb' | true
            'a\\rb'    | 'a\\r\\nb' | false
            'ab'       | 'ab'       | true
            """)
    void tellsWhetherLinesKeepTheirNumbers(String before, String after, boolean keeps) {
        String old = unescaped(before);
        String changed = unescaped(after);
        assertEquals(keeps, TextChange.between(old, changed).keepsLines(old, changed));
        if (keeps) {
            assertEquals(LineIndex.of(old).lineCount(), LineIndex.of(changed).lineCount());
        }
    }

    private static String unescaped(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r");
    }
}
