package dev.specls.workspace;

import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds requirement-id-looking tokens, {@code [A-Z]+-\d+[a-z]?} with a word boundary on both sides,
 * in one linear pass. Its contract is that of the syntax package's requirement id finder, which this
 * gives way to once both exist on one branch.
 */
final class RequirementIdScanner {

    private RequirementIdScanner() {
    }

    /** The spans, in file offsets, of every id inside {@code text[start, end)}. */
    static List<Span> findIn(String text, int start, int end) {
        List<Span> found = new ArrayList<>(0);
        int limit = Math.min(end, text.length());
        int i = Math.max(0, start);
        while (i < limit) {
            if (!isUpper(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int tokenStart = i;
            while (i < limit && isUpper(text.charAt(i))) {
                i++;
            }
            if (i + 1 >= limit || text.charAt(i) != '-' || !isDigit(text.charAt(i + 1))) {
                continue;
            }
            i++;
            while (i < limit && isDigit(text.charAt(i))) {
                i++;
            }
            if (i < limit && text.charAt(i) >= 'a' && text.charAt(i) <= 'z' && (i + 1 >= limit || !isWordChar(text.charAt(i + 1)))) {
                i++;
            }
            if (i >= limit || !isWordChar(text.charAt(i))) {
                found.add(new Span(tokenStart, i));
            }
        }
        return found;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
