package dev.specls.syntax.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * The one lexer of XML in specls: what a {@code <} opens, where each construct ends, and what a name
 * and white space are, as expat reads them. {@link XmlReader} dispatches on {@link #markupAt} and
 * checks inside each construct what expat checks; completion and formatting walk the tokens of a
 * text that may be half typed. Tolerant (a construct that never ends runs to the limit; a tag ends
 * before the next {@code <}), linear (each character is read once), and restartable at any token
 * boundary, such as the start of an element of the tree.
 */
public final class XmlScanner {

    /** What a token is. */
    public enum Kind {
        /** Character data up to the next {@code <}. */
        TEXT,
        /** {@code <name ...>} or {@code <name .../>}. */
        START_TAG,
        /** {@code </name>}. */
        END_TAG,
        /** {@code <!-- ... -->}. */
        COMMENT,
        /** {@code <![CDATA[ ... ]]>}. */
        CDATA,
        /** {@code <?target ...?>}, the XML declaration included. */
        PROCESSING_INSTRUCTION,
        /** {@code <!DOCTYPE ...>}, an internal subset included. */
        DOCTYPE,
        /** A {@code <} that opens none of the above: expat's error, or a tag still being typed. */
        STRAY_LESS_THAN
    }

    private final String text;
    private final int limit;
    private int pos;
    private Kind kind;
    private int start;
    private int end;
    private boolean closed;

    /** Tokens of {@code [from, limit)}; {@code from} must be a token boundary (the start of the text, of a tag, of a comment...). */
    public XmlScanner(String text, int from, int limit) {
        this.text = text;
        this.pos = from;
        this.limit = limit;
    }

    /**
     * The token that holds {@code offset} (it starts before it and ends after it, or at it when the token
     * never ended), scanning from the token boundary {@code restart}; {@code null} between two tokens or
     * outside {@code [restart, limit]}. A token is left behind as soon as it ends, so this is linear in
     * the distance from {@code restart} to {@code offset}.
     */
    public static XmlScanner tokenAt(String text, int restart, int limit, int offset) {
        XmlScanner scanner = new XmlScanner(text, restart, limit);
        while (scanner.next() && scanner.start < offset) {
            if (offset < scanner.end || (offset == scanner.end && !scanner.closed)) {
                return scanner;
            }
        }
        return null;
    }

    /** Moves to the next token; false at the limit. */
    public boolean next() {
        if (pos >= limit) {
            return false;
        }
        start = pos;
        closed = true;
        if (text.charAt(pos) != '<') {
            kind = Kind.TEXT;
            int lessThan = XmlText.indexWithin(text, "<", pos, limit);
            end = lessThan < 0 ? limit : lessThan;
        } else {
            kind = markupAt(text, pos, limit);
            end = switch (kind) {
                case COMMENT -> through("-->", pos + 4);
                case CDATA -> through("]]>", pos + 9);
                case PROCESSING_INSTRUCTION -> through("?>", pos + 2);
                case DOCTYPE -> {
                    int declarationEnd = declarationEnd(text, pos + 2, limit);
                    closed = declarationEnd >= 0;
                    yield closed ? declarationEnd : limit;
                }
                case START_TAG, END_TAG, STRAY_LESS_THAN -> tagEnd(pos + 1);
                case TEXT -> throw new IllegalStateException("markup is never text");
            };
        }
        pos = end;
        return true;
    }

    public Kind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    /** Just past the token: past its closing delimiter, or at the limit or the next {@code <} when it has none. */
    public int end() {
        return end;
    }

    /** False when the token's closing delimiter ({@code -->}, {@code >}...) is missing. */
    public boolean closed() {
        return closed;
    }

    /**
     * What the {@code <} at {@code lessThan} opens, as expat's tokenizer tells: a start tag or end tag when a
     * name starts after it, a comment, a CDATA section, a DOCTYPE, or a processing instruction with a target.
     */
    public static Kind markupAt(String text, int lessThan, int limit) {
        char next = lessThan + 1 < limit ? text.charAt(lessThan + 1) : 0;
        if (isNameStart(next)) {
            return Kind.START_TAG;
        }
        if (next == '/' && lessThan + 2 < limit && isNameStart(text.charAt(lessThan + 2))) {
            return Kind.END_TAG;
        }
        if (XmlText.startsWithin(text, "<!--", lessThan, limit)) {
            return Kind.COMMENT;
        }
        if (XmlText.startsWithin(text, "<![CDATA[", lessThan, limit)) {
            return Kind.CDATA;
        }
        if (XmlText.startsWithin(text, "<!DOCTYPE", lessThan, limit)) {
            return Kind.DOCTYPE;
        }
        if (next == '?' && lessThan + 2 < limit && isNameStart(text.charAt(lessThan + 2))) {
            return Kind.PROCESSING_INSTRUCTION;
        }
        return Kind.STRAY_LESS_THAN;
    }

    /** Past {@code terminator}, searched from {@code from}; the limit, unclosed, when it does not come before it. */
    private int through(String terminator, int from) {
        int found = XmlText.indexWithin(text, terminator, Math.min(from, limit), limit);
        closed = found >= 0;
        return closed ? found + terminator.length() : limit;
    }

    /** Past the {@code >} of a tag, skipping quoted attribute values; before the next {@code <}, unclosed, when none comes first. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                closed = false;
                return i;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        closed = false;
        return limit;
    }

    /**
     * The offset just past the {@code >} that ends a markup declaration ({@code <!DOCTYPE …>}) whose
     * {@code <!} ends at {@code from}, skipping quoted strings, and the comments and processing instructions
     * of a bracketed internal subset (an apostrophe in a comment opens no string); -1 when it does not end
     * before {@code limit}.
     */
    public static int declarationEnd(String text, int from, int limit) {
        int bracketDepth = 0;
        char quote = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (bracketDepth > 0 && (XmlText.startsWithin(text, "<!--", i, limit) || XmlText.startsWithin(text, "<?", i, limit))) {
                boolean comment = text.charAt(i + 1) == '!';
                int close = XmlText.indexWithin(text, comment ? "-->" : "?>", i + (comment ? 4 : 2), limit);
                if (close < 0) {
                    return -1;
                }
                i = close + (comment ? 2 : 1);
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                bracketDepth++;
            } else if (c == ']') {
                bracketDepth--;
            } else if (c == '>' && bracketDepth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * One attribute of a start tag as written, read lexically (the tag may be half typed).
     *
     * @param valueStart where the value begins (after its quote), or -1 when no {@code =} follows the name
     * @param valueEnd   where it ends (before its quote), or -1
     * @param quoted     whether the value opens with a quote
     */
    public record Attribute(String name, int nameStart, int nameEnd, int valueStart, int valueEnd, boolean quoted) {

        public boolean hasValue() {
            return valueStart >= 0;
        }
    }

    /**
     * The attributes of the start tag whose name ends at {@code nameEnd}, up to its end, the next {@code <}
     * or the limit; an unquoted value runs to white space, and a quoted one to its quote or the next {@code <}.
     */
    public static List<Attribute> attributes(String text, int nameEnd, int limit) {
        List<Attribute> attributes = new ArrayList<>();
        int i = nameEnd;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '>' || c == '<' || (c == '/' && i + 1 < limit && text.charAt(i + 1) == '>')) {
                break;
            }
            if (!isNameStart(c)) {
                i++;
                continue;
            }
            int attributeNameStart = i;
            i = nameEnd(text, i, limit);
            int attributeNameEnd = i;
            int j = skipSpace(text, i, limit);
            int valueStart = -1;
            int valueEnd = -1;
            boolean quoted = false;
            if (j < limit && text.charAt(j) == '=') {
                j = skipSpace(text, j + 1, limit);
                char quote = j < limit ? text.charAt(j) : 0;
                quoted = quote == '"' || quote == '\'';
                valueStart = quoted ? j + 1 : j;
                int k = valueStart;
                while (k < limit && text.charAt(k) != '<' && (quoted ? text.charAt(k) != quote : !isSpace(text.charAt(k)) && text.charAt(k) != '>')) {
                    k++;
                }
                valueEnd = k;
                i = quoted && k < limit && text.charAt(k) == quote ? k + 1 : k;
            }
            attributes.add(new Attribute(text.substring(attributeNameStart, attributeNameEnd), attributeNameStart, attributeNameEnd, valueStart, valueEnd, quoted));
        }
        return attributes;
    }

    /** The end of the XML name starting at {@code from} (at {@code from} when none does). */
    public static int nameEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past the XML white space (space, tab, line feed, carriage return) starting at {@code from}. */
    public static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** XML's white space: space, tab, line feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * expat's names follow the XML 1.0 tables of the BMP: no character beyond it (an emoji, say) may stand
     * in a name, so a surrogate ends one.
     */
    public static boolean isNameStart(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        }
        return Character.isLetter(c);
    }

    public static boolean isNameChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == ':' || c == '-' || c == '.';
        }
        return Character.isLetterOrDigit(c) || c == '\u00B7' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
