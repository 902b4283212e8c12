package dev.specls.syntax.xml;

/**
 * The {@code <?xml …?>} declaration as expat checks it: {@code version}, then optionally {@code encoding},
 * then optionally {@code standalone}, each after white space, values in quotes. sago hands expat a Python
 * string, so the encoding a declaration names is never used, only its spelling is checked.
 */
final class XmlDeclaration {

    /** What a declaration says, or where it is broken. */
    record Result(int badOffset, boolean standalone) {

        boolean wellFormed() {
            return badOffset < 0;
        }
    }

    private final String text;
    private final int end;
    private int pos;
    private int nameStart;
    private int nameEnd;
    private int valueStart;
    private int valueEnd;

    private XmlDeclaration(String text, int from, int end) {
        this.text = text;
        this.pos = from;
        this.end = end;
    }

    /** Checks the pseudo-attributes between {@code <?xml} (ending at {@code from}) and {@code ?>} (at {@code end}). */
    static Result check(String text, int from, int end) {
        return new XmlDeclaration(text, from, end).parse();
    }

    private Result parse() {
        if (!pseudoAttribute() || nameStart < 0) {
            return bad(pos);
        }
        if (!named("version")) {
            return bad(nameStart);
        }
        if (!pseudoAttribute()) {
            return bad(pos);
        }
        if (nameStart < 0) {
            return good(false);
        }
        if (named("encoding")) {
            if (valueStart == valueEnd || !isAsciiLetter(text.charAt(valueStart))) {
                return bad(valueStart);
            }
            if (!pseudoAttribute()) {
                return bad(pos);
            }
            if (nameStart < 0) {
                return good(false);
            }
        }
        if (!named("standalone")) {
            return bad(nameStart);
        }
        boolean yes = value("yes");
        if (!yes && !value("no")) {
            return bad(valueStart);
        }
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos == end ? good(yes) : bad(pos);
    }

    /**
     * Reads {@code S name S? = S? "value"}; false when malformed (then {@link #pos} is the bad offset),
     * true with {@link #nameStart} -1 when only white space is left.
     */
    private boolean pseudoAttribute() {
        nameStart = -1;
        if (pos == end) {
            return true;
        }
        if (!isSpace(text.charAt(pos))) {
            return false;
        }
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        if (pos == end) {
            return true;
        }
        int start = pos;
        while (pos < end && text.charAt(pos) != '=' && !isSpace(text.charAt(pos))) {
            if (text.charAt(pos) >= 0x80) {
                return false;
            }
            pos++;
        }
        int stop = pos;
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        if (pos == end || text.charAt(pos) != '=' || stop == start) {
            return false;
        }
        pos++;
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
        char quote = pos < end ? text.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            return false;
        }
        int open = ++pos;
        while (pos < end && text.charAt(pos) != quote) {
            if (!isValueCharacter(text.charAt(pos))) {
                return false;
            }
            pos++;
        }
        if (pos == end) {
            return false;
        }
        nameStart = start;
        nameEnd = stop;
        valueStart = open;
        valueEnd = pos;
        pos++;
        return true;
    }

    private boolean named(String keyword) {
        return nameEnd - nameStart == keyword.length() && text.startsWith(keyword, nameStart);
    }

    private boolean value(String keyword) {
        return valueEnd - valueStart == keyword.length() && text.startsWith(keyword, valueStart);
    }

    private static Result bad(int offset) {
        return new Result(offset, false);
    }

    private static Result good(boolean standalone) {
        return new Result(-1, standalone);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isValueCharacter(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    }
}
