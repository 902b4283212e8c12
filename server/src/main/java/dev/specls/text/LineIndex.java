package dev.specls.text;

import java.util.Arrays;

/**
 * Converts between UTF-16 offsets of a text and (line, character) positions in any
 * {@link PositionEncoding}. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP says.
 * Built once per snapshot in one linear pass; each lookup is a binary search plus a scan of one line.
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    /** 1 when every character is ASCII, 0 when not, -1 until someone asks: only UTF-8 and UTF-32 positions need it. */
    private volatile int ascii = -1;

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * One pass over the text. Without a {@code \r} (the common case) lines are found with
     * {@link String#indexOf(int, int)}, which the JIT turns into a vectorised search: the server builds
     * an index per version of a document, so for a large plan this is a large part of a keystroke.
     */
    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        if (text.indexOf('\r') < 0) {
            for (int lineBreak = text.indexOf('\n'); lineBreak >= 0; lineBreak = text.indexOf('\n', lineBreak + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = lineBreak + 1;
            }
            return new LineIndex(text, Arrays.copyOf(starts, count));
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    /** True when a UTF-16 column is also the UTF-8 and UTF-32 column everywhere in the text. */
    private boolean ascii() {
        int known = ascii;
        if (known < 0) {
            known = 1;
            for (int i = 0, length = text.length(); i < length; i++) {
                if (text.charAt(i) >= 0x80) {
                    known = 0;
                    break;
                }
            }
            ascii = known;
        }
        return known == 1;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the line's content, before its line break. */
    public int lineContentEnd(int line) {
        if (line + 1 >= lineStarts.length) {
            return text.length();
        }
        int end = lineStarts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(lineStarts, clamped);
        return found >= 0 ? found : -found - 2;
    }

    public LineColumn position(int offset, PositionEncoding encoding) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int start = lineStarts[line];
        if (encoding == PositionEncoding.UTF16 || ascii()) {
            return new LineColumn(line, clamped - start);
        }
        int units = 0;
        for (int i = start; i < clamped; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < clamped && Character.isLowSurrogate(text.charAt(i + 1))) {
                units += encoding == PositionEncoding.UTF8 ? 4 : 1;
                i++;
            } else {
                units += unitsOf(c, encoding);
            }
        }
        return new LineColumn(line, units);
    }

    /**
     * The offset of a protocol position. A line past the end maps to the end of the text and a
     * character past the end of its line maps to the line's end, as LSP asks of servers.
     */
    public int offset(LineColumn position, PositionEncoding encoding) {
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        if (position.line() < 0) {
            return 0;
        }
        int start = lineStarts[position.line()];
        int end = lineContentEnd(position.line());
        if (encoding == PositionEncoding.UTF16 || ascii()) {
            return Math.min(start + Math.max(0, position.character()), end);
        }
        int units = 0;
        int i = start;
        while (i < end && units < position.character()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                units += encoding == PositionEncoding.UTF8 ? 4 : 1;
                i += 2;
            } else {
                units += unitsOf(c, encoding);
                i++;
            }
        }
        return i;
    }

    private static int unitsOf(char c, PositionEncoding encoding) {
        if (encoding != PositionEncoding.UTF8) {
            return 1;
        }
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return 3;
    }
}
