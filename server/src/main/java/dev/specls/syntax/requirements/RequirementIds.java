package dev.specls.syntax.requirements;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requirement ids ({@code REQ-1}, {@code AUTH-01}, {@code FR-001}, {@code FR-3a}): how they are
 * written, how they compare, and where text cites them. Hand-written scanners, so every method is
 * linear and never throws.
 */
public final class RequirementIds {

    private RequirementIds() {
    }

    /**
     * The form ids compare in: upper-case prefix, number without leading zeros, letter suffix in
     * lower case ({@code fr-001} → {@code FR-1}, {@code FR-3A} → {@code FR-3a}). A string that is
     * not shaped like an id (prefix, dash, digits, optional letter) comes back unchanged.
     */
    public static String canonical(String id) {
        if (id == null) {
            return "";
        }
        int dash = prefixEnd(id);
        if (dash < 0) {
            return id;
        }
        int digitsEnd = digitsEnd(id, dash + 1);
        if (digitsEnd == dash + 1) {
            return id;
        }
        boolean suffix = digitsEnd + 1 == id.length() && isAsciiLetter(id.charAt(digitsEnd));
        if (digitsEnd != id.length() && !suffix) {
            return id;
        }
        int firstSignificant = dash + 1;
        while (firstSignificant < digitsEnd - 1 && id.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        StringBuilder canonical = new StringBuilder(id.length());
        canonical.append(id, 0, dash + 1).append(id, firstSignificant, digitsEnd);
        String upperPrefix = canonical.toString().toUpperCase(Locale.ROOT);
        return suffix ? upperPrefix + Character.toLowerCase(id.charAt(digitsEnd)) : upperPrefix;
    }

    /** Whether {@code id} reads {@code [A-Za-z][A-Za-z0-9]*-\d+[a-z]?} (ASCII). */
    public static boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        int dash = prefixEnd(id);
        if (dash < 0) {
            return false;
        }
        int digitsEnd = digitsEnd(id, dash + 1);
        if (digitsEnd == dash + 1) {
            return false;
        }
        return digitsEnd == id.length() || (digitsEnd + 1 == id.length() && isLowerAscii(id.charAt(digitsEnd)));
    }

    /**
     * Every requirement id cited in {@code text[start, end)}: an upper-case prefix ({@code [A-Z]+}),
     * a dash, digits and an optional lower-case letter, not touching a letter, digit, {@code -} or
     * {@code _} on either side (the range's ends count as boundaries). Spans are offsets into {@code text}.
     */
    public static List<Ref> findIn(String text, int start, int end) {
        List<Ref> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int i = from;
        while (i < to) {
            if (!isUpperAscii(text.charAt(i))) {
                i++;
                continue;
            }
            int prefixStart = i;
            while (i < to && isUpperAscii(text.charAt(i))) {
                i++;
            }
            // Scanning resumes after the prefix on failure, which keeps the search linear.
            if (prefixStart > from && isWordPart(text.charAt(prefixStart - 1))) {
                continue;
            }
            if (i >= to || text.charAt(i) != '-') {
                continue;
            }
            int digitsEnd = digitsEnd(text, i + 1, to);
            if (digitsEnd == i + 1) {
                continue;
            }
            int idEnd = digitsEnd;
            if (idEnd < to && isLowerAscii(text.charAt(idEnd)) && (idEnd + 1 >= to || !isWordPart(text.charAt(idEnd + 1)))) {
                idEnd++;
            }
            if (idEnd < to && isWordPart(text.charAt(idEnd))) {
                i = digitsEnd;
                continue;
            }
            found.add(new Ref(text.substring(prefixStart, idEnd), new Span(prefixStart, idEnd)));
            i = idEnd;
        }
        return found;
    }

    /** The index of the dash after a {@code [A-Za-z][A-Za-z0-9]*} prefix, or -1. */
    private static int prefixEnd(String id) {
        if (id.isEmpty() || !isAsciiLetter(id.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < id.length() && (isAsciiLetter(id.charAt(i)) || isAsciiDigit(id.charAt(i)))) {
            i++;
        }
        return i < id.length() && id.charAt(i) == '-' ? i : -1;
    }

    private static int digitsEnd(String text, int from) {
        return digitsEnd(text, from, text.length());
    }

    private static int digitsEnd(String text, int from, int end) {
        int i = from;
        while (i < end && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetter(char c) {
        return isUpperAscii(c) || isLowerAscii(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
