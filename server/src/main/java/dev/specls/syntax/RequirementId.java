package dev.specls.syntax;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A requirement id ({@code REQ-1}, {@code AUTH-01}, {@code FR-001}, {@code FR-3a}) in the form ids
 * compare in: the prefix upper-cased, the number without leading zeros, the letter suffix in lower
 * case, so {@code fr-001} is {@code FR-1} and {@code FR-3A} is {@code FR-3a}. The one grammar every
 * reader of requirement ids shares: the requirements parser, the plan's citations, coverage, rename,
 * completion and planning. Hand-written scanners, so every method is linear and never throws.
 *
 * <p>Three forms matter: an id a file may declare ({@link #isValid}: {@code [A-Za-z][A-Za-z0-9]*-\d+[a-z]?}),
 * the form a plan's text cites ({@link #isCitable}: {@code [A-Z]+-\d+[a-z]?}, what {@link #findIn} finds),
 * and sago's own {@code [A-Z]+-\d+} in its REQUIREMENTS.md line pattern ({@link #SAGO_FORM}).
 *
 * @param prefix the letters and digits before the dash, upper-cased
 * @param number the digits after the dash without leading zeros ("0" for zero); any length
 * @param suffix the lower-case letter after the number, or {@code 0} when there is none
 */
public record RequirementId(String prefix, String number, char suffix) implements Comparable<RequirementId> {

    /** sago's regular expression for the id in a REQUIREMENTS.md line, for patterns that embed it as sago's own does. */
    public static final String SAGO_FORM = "[A-Z]+-\\d+";

    /**
     * The id of {@code [A-Za-z][A-Za-z0-9]*-\d+[A-Za-z]?} (ASCII; the suffix in either case, as
     * {@link #canonical} reads it), or {@code null} for anything else.
     */
    public static RequirementId parse(String id) {
        if (id == null) {
            return null;
        }
        int dash = prefixEnd(id);
        if (dash < 0) {
            return null;
        }
        int digitsEnd = asciiDigitsEnd(id, dash + 1, id.length());
        if (digitsEnd == dash + 1) {
            return null;
        }
        boolean suffix = digitsEnd + 1 == id.length() && isAsciiLetter(id.charAt(digitsEnd));
        if (digitsEnd != id.length() && !suffix) {
            return null;
        }
        int firstSignificant = dash + 1;
        while (firstSignificant < digitsEnd - 1 && id.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        return new RequirementId(id.substring(0, dash).toUpperCase(Locale.ROOT), id.substring(firstSignificant, digitsEnd),
                suffix ? Character.toLowerCase(id.charAt(digitsEnd)) : 0);
    }

    /**
     * The form ids compare in ({@code fr-001} → {@code FR-1}); a string that is not shaped like an id
     * comes back unchanged, {@code null} as "".
     */
    public static String canonical(String id) {
        if (id == null) {
            return "";
        }
        RequirementId parsed = parse(id);
        return parsed == null ? id : parsed.toString();
    }

    /** Whether {@code id} reads {@code [A-Za-z][A-Za-z0-9]*-\d+[a-z]?} (ASCII): an id a requirements file may declare. */
    public static boolean isValid(String id) {
        return parse(id) != null && !isAsciiUpper(id.charAt(id.length() - 1));
    }

    /** Whether the whole of {@code id} is the form {@link #findIn} finds in a plan's text: {@code [A-Z]+-\d+[a-z]?} (ASCII). */
    public static boolean isCitable(String id) {
        if (id == null) {
            return false;
        }
        int prefixEnd = upperEnd(id, 0, id.length());
        if (prefixEnd == 0 || prefixEnd >= id.length() || id.charAt(prefixEnd) != '-') {
            return false;
        }
        int digitsEnd = asciiDigitsEnd(id, prefixEnd + 1, id.length());
        return digitsEnd > prefixEnd + 1
                && (digitsEnd == id.length() || (digitsEnd + 1 == id.length() && isAsciiLower(id.charAt(digitsEnd))));
    }

    /**
     * Whether {@code word} may be an id still being typed: {@code [A-Za-z][A-Za-z0-9]*-[0-9]*[A-Za-z]?}
     * ({@code REQ-}, {@code req-1}), so that completion can offer the ids it may become.
     */
    public static boolean isPartial(String word) {
        int dash = prefixEnd(word);
        if (dash < 0) {
            return false;
        }
        int digitsEnd = asciiDigitsEnd(word, dash + 1, word.length());
        return digitsEnd == word.length() || (digitsEnd + 1 == word.length() && isAsciiLetter(word.charAt(digitsEnd)));
    }

    /**
     * The id in the form sago's REQUIREMENTS.md pattern reads ({@code req-5} → {@code REQ-5}), or
     * {@code null} when it has none: the id is not {@link #isValid valid}, has digits in its prefix or a
     * letter suffix.
     */
    public static String toSagoForm(String id) {
        if (!isValid(id)) {
            return null;
        }
        int dash = id.indexOf('-');
        for (int i = 0; i < dash; i++) {
            if (!isAsciiLetter(id.charAt(i))) {
                return null;
            }
        }
        if (isAsciiLetter(id.charAt(id.length() - 1))) {
            return null;
        }
        return id.substring(0, dash).toUpperCase(Locale.ROOT) + id.substring(dash);
    }

    /**
     * Every requirement id cited in {@code text[start, end)}: the {@link #isCitable} form, not touching
     * a letter, digit, {@code -} or {@code _} on either side (the range's ends count as boundaries).
     * Spans are offsets into {@code text}.
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
            if (!isAsciiUpper(text.charAt(i))) {
                i++;
                continue;
            }
            int prefixStart = i;
            i = upperEnd(text, i, to);
            // Scanning resumes after the prefix on failure, which keeps the search linear.
            if (prefixStart > from && isWordPart(text.charAt(prefixStart - 1))) {
                continue;
            }
            if (i >= to || text.charAt(i) != '-') {
                continue;
            }
            int digitsEnd = asciiDigitsEnd(text, i + 1, to);
            if (digitsEnd == i + 1) {
                continue;
            }
            int idEnd = digitsEnd;
            if (idEnd < to && isAsciiLower(text.charAt(idEnd)) && (idEnd + 1 >= to || !isWordPart(text.charAt(idEnd + 1)))) {
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

    /** Prefix first, then number (numerically, however long), then suffix (none first): REQ-2 before REQ-2a before REQ-10. */
    @Override
    public int compareTo(RequirementId other) {
        int byPrefix = prefix.compareTo(other.prefix);
        if (byPrefix != 0) {
            return byPrefix;
        }
        int byLength = Integer.compare(number.length(), other.number.length());
        if (byLength != 0) {
            return byLength;
        }
        int byNumber = number.compareTo(other.number);
        return byNumber != 0 ? byNumber : Character.compare(suffix, other.suffix);
    }

    /** The canonical form: {@code FR-1}, {@code FR-3a}. */
    @Override
    public String toString() {
        return suffix == 0 ? prefix + "-" + number : prefix + "-" + number + suffix;
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

    private static int upperEnd(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isAsciiUpper(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int asciiDigitsEnd(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetter(char c) {
        return isAsciiUpper(c) || isAsciiLower(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
