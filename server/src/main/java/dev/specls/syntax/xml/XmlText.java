package dev.specls.syntax.xml;

import dev.specls.text.Span;
import java.util.Arrays;

/**
 * Decodes raw XML character data or attribute values the way expat does after sago's bare-{@code &}
 * sanitising, and remembers where each decoded character came from, so that a piece of a decoded
 * value (one id of {@code depends_on}, one line of {@code <files>}) can be pointed at in the file.
 * Tolerant: whatever the reader reported as an error is decoded literally.
 */
public final class XmlText {

    /** What a raw range holds, which decides how line breaks and markup inside it are read. */
    public enum Kind {
        /** Element content: references, CDATA sections, comments and processing instructions; line breaks become {@code \n}. */
        ELEMENT_CONTENT,
        /** A quoted attribute value: references; tabs and line breaks become spaces. */
        ATTRIBUTE_VALUE
    }

    /** {@link #referenceEnd} result: sago's sanitising turns this {@code &} into {@code &amp;}, so it is a literal ampersand. */
    public static final int LITERAL_AMPERSAND = -1;
    /** {@link #referenceEnd} result: {@code &#} not followed by digits and {@code ;}. */
    public static final int MALFORMED_CHARACTER_REFERENCE = -2;
    /** {@link #referenceEnd} result: a character reference to a character XML does not allow (such as {@code &#0;}). */
    public static final int FORBIDDEN_CHARACTER_REFERENCE = -3;

    private static final String SANITISED_AMPERSAND = "&amp;";
    private static final String[] ENTITY_NAMES = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    private static final char[] ENTITY_CHARS = {'&', '<', '>', '"', '\''};

    private XmlText() {
    }

    /**
     * A decoded value and where its characters came from. The mapping is kept as segments: a run
     * copied verbatim maps character by character, a replacement (a reference, a CRLF, an escaped
     * ampersand in CDATA) maps all its characters to the raw text it replaced.
     */
    public static final class Decoded {
        private final String text;
        private final int rawStart;
        private final int rawEnd;
        /** Triples (decoded start, raw start, raw end), in order; {@code null} when the text is a verbatim copy. */
        private final int[] segments;
        private final int segmentCount;

        private Decoded(String text, int rawStart, int rawEnd, int[] segments, int segmentCount) {
            this.text = text;
            this.rawStart = rawStart;
            this.rawEnd = rawEnd;
            this.segments = segments;
            this.segmentCount = segmentCount;
        }

        public String text() {
            return text;
        }

        /** The file span of the raw text that decoded to {@code text[from, to)}. */
        public Span rawSpan(int from, int to) {
            if (segments == null) {
                return new Span(rawStart + from, rawStart + to);
            }
            if (from >= to) {
                return Span.at(from < text.length() ? rawStartOf(from) : rawEnd);
            }
            return new Span(rawStartOf(from), rawEndOf(to - 1));
        }

        private int rawStartOf(int index) {
            int segment = segmentOf(index);
            int decodedStart = segments[segment * 3];
            return isLinear(segment) ? segments[segment * 3 + 1] + index - decodedStart : segments[segment * 3 + 1];
        }

        private int rawEndOf(int index) {
            int segment = segmentOf(index);
            return isLinear(segment) ? rawStartOf(index) + 1 : segments[segment * 3 + 2];
        }

        private boolean isLinear(int segment) {
            int decodedEnd = segment + 1 < segmentCount ? segments[(segment + 1) * 3] : text.length();
            return decodedEnd - segments[segment * 3] == segments[segment * 3 + 2] - segments[segment * 3 + 1];
        }

        private int segmentOf(int index) {
            int low = 0;
            int high = segmentCount - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (segments[middle * 3] <= index) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }
    }

    /** Decodes the raw file range {@code [start, end)}. */
    public static Decoded decode(String fileText, int start, int end, Kind kind) {
        if (isVerbatim(fileText, start, end, kind)) {
            return new Decoded(fileText.substring(start, end), start, end, null, 0);
        }
        Builder out = new Builder(end - start);
        int runStart = start;
        int pos = start;
        while (pos < end) {
            char c = fileText.charAt(pos);
            int referenceEnd = c == '&' ? referenceEnd(fileText, pos, end) : LITERAL_AMPERSAND;
            if (!needsDecoding(c, kind) || (c == '&' && referenceEnd <= pos)) {
                pos++;
                continue;
            }
            boolean attributeSpace = kind == Kind.ATTRIBUTE_VALUE && (c == '\n' || c == '\t');
            out.literal(fileText, runStart, pos);
            if (referenceEnd > pos) {
                out.replacement(referenceCodePoint(fileText, pos, referenceEnd), pos, referenceEnd);
                pos = referenceEnd;
            } else if (c == '\r') {
                int breakEnd = pos + 1 < end && fileText.charAt(pos + 1) == '\n' ? pos + 2 : pos + 1;
                out.replacement(kind == Kind.ATTRIBUTE_VALUE ? ' ' : '\n', pos, breakEnd);
                pos = breakEnd;
            } else if (attributeSpace) {
                out.replacement(' ', pos, pos + 1);
                pos++;
            } else {
                pos = decodeMarkup(fileText, pos, end, out);
            }
            runStart = pos;
        }
        out.literal(fileText, runStart, end);
        return out.build(start, end);
    }

    /** The decoded text of an element ({@link XmlElement#text()}) with its mapping back to the file. */
    public static Decoded elementText(String fileText, XmlElement element) {
        Span raw = element.textSpan();
        if (isVerbatim(fileText, raw.start(), raw.end(), Kind.ELEMENT_CONTENT)) {
            return new Decoded(element.text(), raw.start(), raw.end(), null, 0);
        }
        return decode(fileText, raw.start(), raw.end(), Kind.ELEMENT_CONTENT);
    }

    /**
     * Where the reference starting at the {@code &} at {@code ampersand} ends (just past its {@code ;}),
     * or one of {@link #LITERAL_AMPERSAND}, {@link #MALFORMED_CHARACTER_REFERENCE},
     * {@link #FORBIDDEN_CHARACTER_REFERENCE}.
     */
    public static int referenceEnd(String text, int ampersand, int limit) {
        int pos = ampersand + 1;
        if (pos < limit && text.charAt(pos) == '#') {
            return characterReferenceEnd(text, pos + 1, limit);
        }
        for (String name : ENTITY_NAMES) {
            if (pos + name.length() <= limit && text.startsWith(name, pos)) {
                return pos + name.length();
            }
        }
        return LITERAL_AMPERSAND;
    }

    /** True for a character XML 1.0 allows in a document; surrogates are judged in pairs by the caller. */
    public static boolean isAllowedCodePoint(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        }
        return codePoint <= 0xD7FF
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** Python's {@code str.isspace}, which {@code str.strip()} uses: sago trims with it. */
    public static boolean isPythonSpace(char c) {
        if (c < 0x80) {
            // The ASCII answers of the general test below, without its table lookups: trimming runs on every field.
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static int characterReferenceEnd(String text, int pos, int limit) {
        boolean hex = pos < limit && text.charAt(pos) == 'x';
        int digitsStart = hex ? pos + 1 : pos;
        int value = 0;
        int i = digitsStart;
        while (i < limit) {
            int digit = asciiDigit(text.charAt(i), hex);
            if (digit < 0) {
                break;
            }
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit;
            i++;
        }
        if (i == digitsStart || i >= limit || text.charAt(i) != ';') {
            return MALFORMED_CHARACTER_REFERENCE;
        }
        return isAllowedCodePoint(value) ? i + 1 : FORBIDDEN_CHARACTER_REFERENCE;
    }

    /** XML allows only ASCII digits in character references, unlike {@link Character#digit}. */
    private static int asciiDigit(char c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int referenceCodePoint(String text, int ampersand, int referenceEnd) {
        if (text.charAt(ampersand + 1) != '#') {
            for (int i = 0; i < ENTITY_NAMES.length; i++) {
                if (text.startsWith(ENTITY_NAMES[i], ampersand + 1)) {
                    return ENTITY_CHARS[i];
                }
            }
        }
        boolean hex = text.charAt(ampersand + 2) == 'x';
        int value = 0;
        for (int i = ampersand + (hex ? 3 : 2); i < referenceEnd - 1; i++) {
            value = value * (hex ? 16 : 10) + asciiDigit(text.charAt(i), hex);
        }
        return value;
    }

    /**
     * Comments and processing instructions vanish, CDATA content is literal (as sago's sanitising left it),
     * any other {@code <} is a recovered literal.
     */
    private static int decodeMarkup(String text, int pos, int end, Builder out) {
        if (startsWithin(text, "<!--", pos, end)) {
            return skipPast(text, "-->", pos + 4, end);
        }
        if (startsWithin(text, "<?", pos, end)) {
            return skipPast(text, "?>", pos + 2, end);
        }
        if (startsWithin(text, "<![CDATA[", pos, end)) {
            int close = indexWithin(text, "]]>", pos + 9, end);
            int contentEnd = close < 0 ? end : close;
            int runStart = pos + 9;
            for (int i = runStart; i < contentEnd; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    out.literal(text, runStart, i);
                    int breakEnd = i + 1 < contentEnd && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    out.replacement('\n', i, breakEnd);
                    runStart = breakEnd;
                    i = breakEnd - 1;
                } else if (c == '&' && referenceEnd(text, i, contentEnd) == LITERAL_AMPERSAND) {
                    // sago escapes bare ampersands before parsing, and CDATA keeps the escape as written.
                    out.literal(text, runStart, i);
                    out.replacement(SANITISED_AMPERSAND, i, i + 1);
                    runStart = i + 1;
                }
            }
            out.literal(text, runStart, contentEnd);
            return close < 0 ? end : close + 3;
        }
        out.literal(text, pos, pos + 1);
        return pos + 1;
    }

    static boolean isVerbatim(String text, int start, int end, Kind kind) {
        for (int i = start; i < end; i++) {
            if (needsDecoding(text.charAt(i), kind)) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsDecoding(char c, Kind kind) {
        if (c > '<') {
            return false;
        }
        return c == '&' || c == '<' || c == '\r' || (kind == Kind.ATTRIBUTE_VALUE && (c == '\n' || c == '\t'));
    }

    static boolean startsWithin(String text, String prefix, int pos, int limit) {
        return pos + prefix.length() <= limit && text.startsWith(prefix, pos);
    }

    /** The index of {@code needle} in {@code text[from, limit)}, or -1. */
    static int indexWithin(String text, String needle, int from, int limit) {
        int found = text.indexOf(needle, from);
        return found < 0 || found + needle.length() > limit ? -1 : found;
    }

    private static int skipPast(String text, String terminator, int from, int end) {
        int found = indexWithin(text, terminator, from, end);
        return found < 0 ? end : found + terminator.length();
    }

    /** Collects decoded text and its segments. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] segments = new int[12];
        private int segmentCount;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
        }

        void literal(String source, int rawStart, int rawEnd) {
            if (rawStart < rawEnd) {
                int decodedStart = text.length();
                text.append(source, rawStart, rawEnd);
                segment(decodedStart, rawStart, rawEnd);
            }
        }

        void replacement(int codePoint, int rawStart, int rawEnd) {
            int decodedStart = text.length();
            text.appendCodePoint(codePoint);
            segment(decodedStart, rawStart, rawEnd);
        }

        void replacement(String decoded, int rawStart, int rawEnd) {
            int decodedStart = text.length();
            text.append(decoded);
            segment(decodedStart, rawStart, rawEnd);
        }

        /** Adds a segment, extending the previous one when both copy the file one to one and touch. */
        private void segment(int decodedStart, int rawStart, int rawEnd) {
            boolean linear = text.length() - decodedStart == rawEnd - rawStart;
            if (segmentCount > 0 && linear) {
                int last = (segmentCount - 1) * 3;
                boolean lastLinear = decodedStart - segments[last] == segments[last + 2] - segments[last + 1];
                if (lastLinear && segments[last + 2] == rawStart) {
                    segments[last + 2] = rawEnd;
                    return;
                }
            }
            if (segmentCount * 3 == segments.length) {
                segments = Arrays.copyOf(segments, segments.length * 2);
            }
            segments[segmentCount * 3] = decodedStart;
            segments[segmentCount * 3 + 1] = rawStart;
            segments[segmentCount * 3 + 2] = rawEnd;
            segmentCount++;
        }

        Decoded build(int rawStart, int rawEnd) {
            return new Decoded(text.toString(), rawStart, rawEnd, segments, segmentCount);
        }
    }
}
