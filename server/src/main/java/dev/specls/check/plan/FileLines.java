package dev.specls.check.plan;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;

/** How one line of {@code <files>} reads: sago takes the whole trimmed line as one file name. */
public final class FileLines {

    private FileLines() {
    }

    /** Length of a leading Markdown bullet ({@code "- "} or {@code "* "}), 0 when the line has none. */
    static int bulletLength(String line) {
        boolean bullet = line.length() > 2 && (line.charAt(0) == '-' || line.charAt(0) == '*') && (line.charAt(1) == ' ' || line.charAt(1) == '\t');
        if (!bullet) {
            return 0;
        }
        int end = 1;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    /** The line without its bullet: the path the author meant. */
    static String path(String line) {
        return line.substring(bulletLength(line));
    }

    /**
     * True when commas separate path-like parts ({@code a.py, b.py}, {@code a.py,b.py}) or end a path
     * ({@code a.py,}): a list written on one line. Prose with commas has spaces inside its parts, and a
     * brace glob ({@code src/{a,b}.py}) is one pattern, so neither counts.
     */
    public static boolean isCommaSeparated(String path) {
        if (path.indexOf(',') < 0 || path.indexOf('{') >= 0) {
            return false;
        }
        String list = path.endsWith(",") ? path.substring(0, path.length() - 1) : path;
        for (String part : list.split(",", -1)) {
            String trimmed = part.strip();
            if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isWhitespace)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The span of the path inside the line, or the whole line when entities or CDATA make the raw
     * text longer than the value and the offsets cannot be shifted.
     */
    static Span pathSpan(Ref line) {
        Span span = line.span();
        return span.length() == line.value().length() ? new Span(span.start() + bulletLength(line.value()), span.end()) : span;
    }
}
