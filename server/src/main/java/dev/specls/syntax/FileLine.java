package dev.specls.syntax;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a task's {@code <files>} as sago reads it: sago takes the element's text, strips it,
 * splits it at each {@code \n}, strips every part and drops the empty ones
 * ({@code [f.strip() for f in text.strip().split("\n") if f.strip()]}), so a whole line, commas and a
 * Markdown bullet included, is one file name. The plan parser makes these lines ({@code Task.files()});
 * this type says how a line reads to an author: the path meant behind a bullet, a comma-separated list.
 *
 * @param name the trimmed line: the file name sago sees
 * @param span where the line stands in the file; longer than {@code name} when entities or CDATA wrote it
 */
public record FileLine(String name, Span span) {

    public static FileLine of(Ref line) {
        return new FileLine(line.value(), line.span());
    }

    /** Whether the name starts with a Markdown bullet ({@code "- "} or {@code "* "}). */
    public boolean bulleted() {
        return bulletLength() > 0;
    }

    /** The name without its bullet: the path the author meant. */
    public String path() {
        return name.substring(bulletLength());
    }

    /**
     * The span of {@link #path} inside the line, or the whole line when entities or CDATA make the raw
     * text longer than the name and the offsets cannot be shifted.
     */
    public Span pathSpan() {
        return span.length() == name.length() ? new Span(span.start() + bulletLength(), span.end()) : span;
    }

    /**
     * True when commas separate path-like parts of the {@link #path} ({@code a.py, b.py}, {@code a.py,b.py})
     * or end it ({@code a.py,}): a list written on one line. Prose with commas has spaces inside its parts,
     * and a brace glob ({@code src/{a,b}.py}) is one pattern, so neither counts.
     */
    public boolean commaSeparated() {
        String path = path();
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

    /** Whether sago reads the line as another name than the author meant: a bullet or a comma-separated list. */
    public boolean misread() {
        return bulleted() || commaSeparated();
    }

    /** The paths the author meant, one per line as sago wants them: the parts of a comma-separated list, else the {@link #path}. */
    public List<String> intendedPaths() {
        if (!commaSeparated()) {
            return List.of(path());
        }
        List<String> paths = new ArrayList<>();
        for (String part : path().split(",")) {
            if (!part.isBlank()) {
                paths.add(part.strip());
            }
        }
        return paths;
    }

    /** Length of a leading bullet and the blanks after it, 0 when the name has none. */
    private int bulletLength() {
        boolean bullet = name.length() > 2 && (name.charAt(0) == '-' || name.charAt(0) == '*') && (name.charAt(1) == ' ' || name.charAt(1) == '\t');
        if (!bullet) {
            return 0;
        }
        int end = 1;
        while (end < name.length() && (name.charAt(end) == ' ' || name.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }
}
