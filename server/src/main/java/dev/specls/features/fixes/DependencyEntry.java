package dev.specls.features.fixes;

import dev.specls.text.Span;
import java.util.Locale;

/**
 * How to take one id out of a written dependency list of the spec formats, whatever the list's shape:
 * Spec Kit's {@code (depends on T012, T013)}, Saga's {@code - Depends on: 1.1, 1.2}, GSD's
 * {@code depends_on: ["01-01", "01-02"]}, cc-sdd's {@code _Depends: 1.2_}. The entry goes with one of
 * its separators; the last entry of a list takes the list's wrapping with it, or leaves what the format
 * writes for no dependency ({@code none}, {@code []}).
 *
 * @param span where the text changes
 * @param text what it becomes
 */
record DependencyEntry(Span span, String text) {

    /** The edit that removes the id at {@code id} from its list, or {@code null} when the text around it is no list this knows. */
    static DependencyEntry removal(String text, Span id) {
        int start = id.start();
        int end = id.end();
        if (isRangeEnd(text, start - 1) || isRangeEnd(text, end)) {
            // One end of T004-T007: taking it out would change the range, not drop one edge.
            return null;
        }
        if (start > 0 && end < text.length() && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'') && text.charAt(end) == text.charAt(start - 1)) {
            start--;
            end++;
        }
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        int after = separatorAfter(text, end, lineEnd);
        if (after > 0) {
            return new DependencyEntry(new Span(start, after), "");
        }
        int before = separatorBefore(text, start, lineStart);
        if (before >= 0) {
            return new DependencyEntry(new Span(before, end), "");
        }
        return onlyEntry(text, new Span(start, end), lineStart, lineEnd);
    }

    /** The end of {@code , } or {@code  and } right after the entry, or -1. */
    private static int separatorAfter(String text, int end, int lineEnd) {
        int at = skipSpaces(text, end, lineEnd);
        if (at < lineEnd && text.charAt(at) == ',') {
            return skipSpaces(text, at + 1, lineEnd);
        }
        if (at > end && text.regionMatches(true, at, "and ", 0, 4)) {
            return skipSpaces(text, at + 4, lineEnd);
        }
        return -1;
    }

    /** The start of {@code , } or {@code  and } right before the entry, or -1. */
    private static int separatorBefore(String text, int start, int lineStart) {
        int at = start;
        while (at > lineStart && text.charAt(at - 1) == ' ') {
            at--;
        }
        if (at > lineStart && text.charAt(at - 1) == ',') {
            return at - 1;
        }
        if (at - 4 >= lineStart && text.regionMatches(true, at - 4, " and", 0, 4)) {
            return at - 4;
        }
        return -1;
    }

    private static DependencyEntry onlyEntry(String text, Span entry, int lineStart, int lineEnd) {
        String before = text.substring(lineStart, entry.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(entry.end(), lineEnd);
        int open = before.lastIndexOf('(');
        if (open >= 0 && before.substring(open).matches("\\(\\s*(?:depends on|after|requires)\\s*") && after.startsWith(")")) {
            int from = lineStart + open;
            while (from > lineStart && text.charAt(from - 1) == ' ') {
                from--;
            }
            return new DependencyEntry(new Span(from, entry.end() + 1), "");
        }
        if (before.endsWith("[") && after.startsWith("]")) {
            return new DependencyEntry(entry, "");
        }
        if (before.matches("\\s*(?:[-*+]\\s+)?\\*{0,2}(?:depends on|dependencies)\\*{0,2}\\s*:\\s*\\*{0,2}\\s*") && after.isBlank()) {
            return new DependencyEntry(entry, "none");
        }
        if (before.matches("\\s*(?:[-*+]\\s+)?_depends:\\s*") && after.strip().equals("_")) {
            int next = lineEnd < text.length() ? lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1) : lineEnd;
            return new DependencyEntry(new Span(lineStart, next), "");
        }
        return null;
    }

    private static boolean isRangeEnd(String text, int at) {
        return at >= 0 && at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '–' || text.charAt(at) == '.');
    }

    private static int skipSpaces(String text, int from, int end) {
        int at = from;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
