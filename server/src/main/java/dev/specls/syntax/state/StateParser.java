package dev.specls.syntax.state;

import dev.specls.syntax.TaskStatus;
import static dev.specls.syntax.MarkdownOutline.isWhitespace;
import static dev.specls.syntax.MarkdownOutline.skipWhitespace;
import static dev.specls.syntax.MarkdownOutline.startsWith;
import static dev.specls.syntax.MarkdownOutline.trimEnd;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.MarkdownOutline.Heading;
import dev.specls.syntax.MarkdownOutline.Line;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sago STATE.md (FORMATS.md §4): sections, task lines ({@code [✓] 1.1: name — notes}) and
 * {@code * **Key:** value} fields. Task lines are read generously (any id, a leading bullet, no
 * space after the mark) and each records whether sago's own regex would see it. Fenced code and
 * HTML comments are skipped. Never throws, never does I/O.
 */
public final class StateParser {


    private StateParser() {
    }

    public static StateDocument parse(String text) {
        String source = text == null ? "" : text;
        MarkdownOutline outline = MarkdownOutline.of(source);
        List<StateSection> sections = new ArrayList<>();
        for (Heading heading : outline.headings()) {
            sections.add(new StateSection(heading.title(), heading.level(), heading.lineSpan(), heading.section()));
        }
        List<StateEntry> entries = new ArrayList<>();
        List<StateField> fields = new ArrayList<>();
        for (Line line : outline.lines()) {
            if (line.literal() || line.heading() >= 0) {
                continue;
            }
            StateEntry entry = readEntry(source, line);
            if (entry != null) {
                entries.add(entry);
                continue;
            }
            StateField field = readField(source, line);
            if (field != null) {
                fields.add(field);
            }
        }
        return new StateDocument(List.copyOf(sections), List.copyOf(entries), List.copyOf(fields), outline);
    }

    /** After optional indentation and one bullet ({@code -}, {@code *} or {@code +} and a space), the first content offset. */
    private static int afterBullet(String text, int start, int end) {
        int p = skipWhitespace(text, start, end);
        if (p + 1 < end && "-*+".indexOf(text.charAt(p)) >= 0 && isWhitespace(text.charAt(p + 1))) {
            return skipWhitespace(text, p + 1, end);
        }
        return p;
    }

    private static StateEntry readEntry(String text, Line line) {
        int end = trimEnd(text, line.start(), line.end());
        int p = afterBullet(text, line.start(), end);
        if (p + 2 >= end || text.charAt(p) != '[' || text.charAt(p + 2) != ']') {
            return null;
        }
        TaskStatus mark = TaskStatus.ofMark(text.charAt(p + 1));
        if (mark == null) {
            return null;
        }
        int idStart = skipWhitespace(text, p + 3, end);
        int idEnd = idStart;
        while (idEnd < end && isIdChar(text.charAt(idEnd))) {
            idEnd++;
        }
        if (idEnd == idStart || idEnd >= end || text.charAt(idEnd) != ':') {
            return null;
        }
        // The separator may follow the colon directly ("1.1: — notes"): the name is then empty.
        int separator = separatorStart(text, idEnd + 1, line.end());
        int nameLimit = separator < 0 ? end : separator;
        int nameStart = Math.min(skipWhitespace(text, idEnd + 1, end), nameLimit);
        int nameEnd = trimEnd(text, nameStart, nameLimit);
        String notes = separator < 0 ? "" : text.substring(skipWhitespace(text, notesStart(text, separator), end), end);
        boolean readableBySago = readableBySago(text, line);
        return new StateEntry(mark, text.substring(idStart, idEnd), new Span(idStart, idEnd), text.substring(nameStart, nameEnd),
                new Span(nameStart, nameEnd), notes, line.span(), readableBySago);
    }

    /**
     * Whether sago's task-line regex {@code ^\\[[✓✗⊘]\\]\\s+\\d+\\.\\d+:} matches: sago applies it in multi-line
     * mode, so the mark must start the line (a byte order mark before it is a character of the first line).
     */
    private static boolean readableBySago(String text, Line line) {
        int p = MarkdownOutline.startWithByteOrderMark(text, line);
        int end = line.end();
        if (p + 3 > end || text.charAt(p) != '[' || TaskStatus.ofMark(text.charAt(p + 1)) == null || text.charAt(p + 2) != ']') {
            return false;
        }
        int idStart = skipWhitespace(text, p + 3, end);
        if (idStart == p + 3) {
            return false;
        }
        int idEnd = TaskId.sagoFormEnd(text, idStart, end);
        return idEnd > 0 && idEnd < end && text.charAt(idEnd) == ':';
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    /**
     * Where the notes separator begins: whitespace, an em dash or {@code --}, whitespace, as sago's
     * {@code \s+—\s+} (first occurrence). -1 when the line has none.
     */
    private static int separatorStart(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            int dashLength = text.charAt(i) == '—' ? 1 : startsWith(text, i, end, "--") ? 2 : 0;
            if (dashLength > 0 && i > from && isWhitespace(text.charAt(i - 1))
                    && i + dashLength < end && isWhitespace(text.charAt(i + dashLength))) {
                int start = i;
                while (start > from && isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    private static int notesStart(String text, int separator) {
        int dash = skipWhitespace(text, separator, text.length());
        return dash + (text.charAt(dash) == '—' ? 1 : 2);
    }

    private static StateField readField(String text, Line line) {
        int end = trimEnd(text, line.start(), line.end());
        int keyStart = afterBullet(text, line.start(), end) + 2;
        if (!startsWith(text, keyStart - 2, end, "**")) {
            return null;
        }
        int keyEnd = keyStart;
        while (keyEnd < end && text.charAt(keyEnd) != '*') {
            keyEnd++;
        }
        if (keyEnd == keyStart || text.charAt(keyEnd - 1) != ':' || !startsWith(text, keyEnd, end, "**")) {
            return null;
        }
        int valueStart = skipWhitespace(text, keyEnd + 2, end);
        String key = text.substring(keyStart, trimEnd(text, keyStart, keyEnd - 1));
        if (key.isEmpty()) {
            return null;
        }
        return new StateField(key, new Span(keyStart, keyStart + key.length()), text.substring(valueStart, end),
                new Span(valueStart, end), taskRef(text, valueStart, end));
    }

    /** The {@code \d+(\.\d+)*} the value starts with, when a colon or the end of the value follows it. */
    private static Ref taskRef(String text, int start, int end) {
        int i = digits(text, start, end);
        if (i == start) {
            return null;
        }
        while (i + 1 < end && text.charAt(i) == '.' && digits(text, i + 1, end) > i + 1) {
            i = digits(text, i + 1, end);
        }
        if (i < end && text.charAt(i) != ':') {
            return null;
        }
        return new Ref(text.substring(start, i), new Span(start, i));
    }

    private static int digits(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
