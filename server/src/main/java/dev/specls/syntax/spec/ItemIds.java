package dev.specls.syntax.spec;

import java.util.Locale;

/**
 * Canonical keys of item ids: {@code FR-1}, {@code FR1}, {@code fr-01} and {@code FR-001} are one
 * requirement; {@code FR-3a} keeps its letter; {@code 01.02} and {@code 1.2} are one task. Messages
 * show the id as written; only comparisons use the key.
 */
public final class ItemIds {

    private ItemIds() {
    }

    /**
     * The key of an id: a letter prefix upper-cased, one hyphen, the number without leading zeros and
     * an optional lower-case letter suffix; numbers joined by dots or hyphens without leading zeros;
     * anything else trimmed as written.
     */
    public static String canonical(String id) {
        String trimmed = id.strip();
        int length = trimmed.length();
        int letters = 0;
        while (letters < length && isAsciiLetter(trimmed.charAt(letters))) {
            letters++;
        }
        if (letters > 0) {
            int at = letters;
            if (at < length && (trimmed.charAt(at) == '-' || trimmed.charAt(at) == '_')) {
                at++;
            }
            int digitsStart = at;
            while (at < length && isAsciiDigit(trimmed.charAt(at))) {
                at++;
            }
            if (at == digitsStart) {
                return trimmed;
            }
            if (isCanonicalPrefixed(trimmed, letters, digitsStart, at)) {
                return trimmed;
            }
            String suffix = "";
            if (at < length) {
                if (at + 1 == length && isAsciiLetter(trimmed.charAt(at))) {
                    suffix = String.valueOf(Character.toLowerCase(trimmed.charAt(at)));
                } else {
                    return trimmed;
                }
            }
            return trimmed.substring(0, letters).toUpperCase(Locale.ROOT) + "-" + withoutLeadingZeros(trimmed, digitsStart, digitsStart + countDigits(trimmed, digitsStart)) + suffix;
        }
        return numbered(trimmed);
    }

    /** Digits joined by single dots or hyphens, each number without leading zeros; otherwise the text itself. */
    private static String numbered(String trimmed) {
        if (isCanonicalNumber(trimmed)) {
            return trimmed;
        }
        StringBuilder key = new StringBuilder(trimmed.length());
        int at = 0;
        int length = trimmed.length();
        while (true) {
            int digits = countDigits(trimmed, at);
            if (digits == 0) {
                return trimmed;
            }
            key.append(withoutLeadingZeros(trimmed, at, at + digits));
            at += digits;
            if (at == length) {
                return key.toString();
            }
            char separator = trimmed.charAt(at);
            if (separator != '.' && separator != '-') {
                return trimmed;
            }
            key.append(separator);
            at++;
        }
    }

    /**
     * The shape an id is written in, for noticing drift inside one spec set: the prefix as written,
     * its separator and the digit count ({@code FR-###}, {@code FR##}).
     */
    public static String form(String id) {
        String trimmed = id.strip();
        StringBuilder form = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            form.append(isAsciiDigit(c) ? '#' : c);
        }
        return form.toString();
    }

    /** The letter prefix of the id upper-cased ({@code FR} for {@code fr-01}), or "" for a numbered id. */
    public static String prefix(String id) {
        String trimmed = id.strip();
        int letters = 0;
        while (letters < trimmed.length() && isAsciiLetter(trimmed.charAt(letters))) {
            letters++;
        }
        return trimmed.substring(0, letters).toUpperCase(Locale.ROOT);
    }

    /** The number of a prefixed id ({@code 3} for {@code FR-003a}), or -1 when it has none. */
    public static int number(String id) {
        String key = canonical(id);
        int dash = key.indexOf('-');
        int at = dash < 0 ? 0 : dash + 1;
        int digits = countDigits(key, at);
        if (digits == 0 || digits > 9) {
            return -1;
        }
        return Integer.parseInt(key.substring(at, at + digits));
    }

    /** True for a key already: {@code T-12}, {@code FR-3a}, so that keys canonicalise without a copy. */
    private static boolean isCanonicalPrefixed(String id, int letters, int digitsStart, int digitsEnd) {
        if (digitsStart != letters + 1 || id.charAt(letters) != '-' || (id.charAt(digitsStart) == '0' && digitsEnd - digitsStart > 1)) {
            return false;
        }
        for (int i = 0; i < letters; i++) {
            if (id.charAt(i) < 'A' || id.charAt(i) > 'Z') {
                return false;
            }
        }
        int length = id.length();
        return digitsEnd == length || (digitsEnd + 1 == length && id.charAt(digitsEnd) >= 'a' && id.charAt(digitsEnd) <= 'z');
    }

    /** True for dotted or hyphenated numbers already without leading zeros ({@code 2.13}), the common case that needs no copy. */
    private static boolean isCanonicalNumber(String id) {
        int length = id.length();
        boolean segmentStart = true;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (isAsciiDigit(c)) {
                if (segmentStart && c == '0' && i + 1 < length && isAsciiDigit(id.charAt(i + 1))) {
                    return false;
                }
                segmentStart = false;
            } else if ((c == '.' || c == '-') && !segmentStart && i + 1 < length) {
                segmentStart = true;
            } else {
                return false;
            }
        }
        return length > 0;
    }

    private static int countDigits(String text, int from) {
        int at = from;
        while (at < text.length() && isAsciiDigit(text.charAt(at))) {
            at++;
        }
        return at - from;
    }

    private static String withoutLeadingZeros(String text, int start, int end) {
        int at = start;
        while (at < end - 1 && text.charAt(at) == '0') {
            at++;
        }
        return text.substring(at, end);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
