package dev.specls.syntax;

import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The line structure of a Markdown file as a line-based reader needs it: the physical lines, which
 * of them are literal (inside fenced code or an HTML comment, so never read as requirements,
 * headings or task lines), and the ATX headings with the extent of their sections.
 * Built in one linear pass; never throws.
 *
 * @param lines    every physical line in order; a byte-order mark is not part of the first line
 * @param headings every heading outside literal lines, in order
 */
public record MarkdownOutline(List<Line> lines, List<Heading> headings) {

    /**
     * One physical line.
     *
     * @param start   offset of its first character
     * @param end     offset just past its content, before the line break
     * @param literal true inside fenced code (fence lines included) or an HTML comment
     * @param heading index into {@link MarkdownOutline#headings()} when the line is a heading, else -1
     */
    public record Line(int start, int end, boolean literal, int heading) {

        public Span span() {
            return new Span(start, end);
        }
    }

    /**
     * An ATX heading ({@code ## Title}).
     *
     * @param level    1 to 6
     * @param title    the text without the hashes and without a closing hash sequence, trimmed
     * @param lineSpan the heading line without its line break
     * @param section  from the heading to the next heading of the same or a higher level (or the end of the file)
     * @param parent   index of the nearest enclosing heading (a lower level number), -1 when none
     */
    public record Heading(int level, String title, Span lineSpan, Span section, int parent) {
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_HEADING_LEVEL = 6;
    private static final int MAX_INDENT = 3;
    private static final int MIN_FENCE = 3;

    public static MarkdownOutline of(String text) {
        List<Line> lines = new ArrayList<>();
        List<HeadingStart> starts = new ArrayList<>();
        LiteralState literal = new LiteralState();
        int length = text.length();
        int lineStart = length > 0 && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        while (true) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            boolean isLiteral = literal.advance(text, lineStart, lineEnd);
            int headingIndex = -1;
            if (!isLiteral) {
                HeadingStart heading = readHeading(text, lineStart, lineEnd);
                if (heading != null) {
                    headingIndex = starts.size();
                    starts.add(heading);
                }
            }
            lines.add(new Line(lineStart, lineEnd, isLiteral, headingIndex));
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return new MarkdownOutline(List.copyOf(lines), nest(starts, length));
    }

    /**
     * Where a tool that keeps the byte-order mark (as Python's default UTF-8 reading does) sees the
     * line begin: on the first line, at the mark, which then defeats its {@code ^\[} or {@code strip()}.
     */
    public static int startWithByteOrderMark(String text, Line line) {
        return line.start() == 1 && text.charAt(0) == BYTE_ORDER_MARK ? 0 : line.start();
    }

    /** Python's {@code str.isspace()}, which sago's {@code strip()} and {@code \s} follow. */
    public static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    public static int skipWhitespace(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of {@code [start, end)} with trailing whitespace removed. */
    public static int trimEnd(CharSequence text, int start, int end) {
        int i = end;
        while (i > start && isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    public static boolean startsWith(CharSequence text, int at, int end, String prefix) {
        if (at < 0 || at + prefix.length() > end) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private record HeadingStart(int level, String title, Span lineSpan) {
    }

    private static HeadingStart readHeading(String text, int start, int end) {
        int p = skipIndent(text, start, end);
        if (p < 0) {
            return null;
        }
        int hashes = p;
        while (hashes < end && text.charAt(hashes) == '#') {
            hashes++;
        }
        int level = hashes - p;
        if (level == 0 || level > MAX_HEADING_LEVEL || (hashes < end && text.charAt(hashes) != ' ' && text.charAt(hashes) != '\t')) {
            return null;
        }
        int titleStart = skipWhitespace(text, hashes, end);
        int titleEnd = trimEnd(text, titleStart, end);
        int closing = titleEnd;
        while (closing > titleStart && text.charAt(closing - 1) == '#') {
            closing--;
        }
        // A closing hash run counts only when it stands alone after a space ("## Title ##").
        if (closing == titleStart || isWhitespace(text.charAt(closing - 1))) {
            titleEnd = trimEnd(text, titleStart, closing);
        }
        return new HeadingStart(level, text.substring(titleStart, titleEnd), new Span(start, end));
    }

    /** Sections end where a heading of the same or a higher level begins; one stack pass keeps this linear. */
    private static List<Heading> nest(List<HeadingStart> starts, int textLength) {
        int count = starts.size();
        int[] ends = new int[count];
        int[] parents = new int[count];
        int[] open = new int[count];
        int depth = 0;
        for (int i = 0; i < count; i++) {
            HeadingStart heading = starts.get(i);
            while (depth > 0 && starts.get(open[depth - 1]).level() >= heading.level()) {
                ends[open[--depth]] = heading.lineSpan().start();
            }
            parents[i] = depth > 0 ? open[depth - 1] : -1;
            open[depth++] = i;
        }
        while (depth > 0) {
            ends[open[--depth]] = textLength;
        }
        List<Heading> headings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HeadingStart heading = starts.get(i);
            Span section = new Span(heading.lineSpan().start(), Math.max(ends[i], heading.lineSpan().end()));
            headings.add(new Heading(heading.level(), heading.title(), heading.lineSpan(), section, parents[i]));
        }
        return List.copyOf(headings);
    }

    /** The offset after at most three spaces of indentation, or -1 when the line is indented further (code). */
    private static int skipIndent(String text, int start, int end) {
        int p = start;
        while (p < end && text.charAt(p) == ' ') {
            p++;
        }
        return p - start > MAX_INDENT ? -1 : p;
    }

    /** Tracks whether lines are inside a fenced code block or an HTML comment. */
    private static final class LiteralState {
        private char fenceChar;
        private int fenceLength;
        private boolean inComment;

        /** Whether the line {@code [start, end)} is literal; updates the state for the lines after it. */
        boolean advance(String text, int start, int end) {
            if (fenceLength > 0) {
                if (closesFence(text, start, end)) {
                    fenceLength = 0;
                }
                return true;
            }
            if (inComment) {
                inComment = indexOf(text, "-->", start, end) < 0;
                return true;
            }
            int p = skipIndent(text, start, end);
            if (p < 0) {
                return false;
            }
            if (opensFence(text, p, end)) {
                return true;
            }
            if (startsWith(text, p, end, "<!--")) {
                inComment = indexOf(text, "-->", p + 4, end) < 0;
                return true;
            }
            return false;
        }

        private boolean opensFence(String text, int p, int end) {
            if (p >= end || (text.charAt(p) != '`' && text.charAt(p) != '~')) {
                return false;
            }
            char c = text.charAt(p);
            int run = p;
            while (run < end && text.charAt(run) == c) {
                run++;
            }
            if (run - p < MIN_FENCE || (c == '`' && indexOf(text, "`", run, end) >= 0)) {
                return false;
            }
            fenceChar = c;
            fenceLength = run - p;
            return true;
        }

        private boolean closesFence(String text, int start, int end) {
            int p = skipIndent(text, start, end);
            if (p < 0) {
                return false;
            }
            int run = p;
            while (run < end && text.charAt(run) == fenceChar) {
                run++;
            }
            return run - p >= fenceLength && skipWhitespace(text, run, end) == end;
        }

        /** Searches only {@code [from, end)} so that an unclosed comment does not rescan the rest of the file per line. */
        private static int indexOf(String text, String needle, int from, int end) {
            for (int i = from; i + needle.length() <= end; i++) {
                if (startsWith(text, i, end, needle)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
