package dev.specls.syntax;

import dev.specls.syntax.xml.XmlText;
import java.util.function.Predicate;

/**
 * A task id of sago's form {@code N.M} (phase number, task number), the one grammar every reader of
 * ids shares: the plan rules, STATE.md, completion, renames and the quick fixes. sago keeps a plan's
 * ids exactly as written and reads STATE.md with Python's {@code \d+\.\d+}, whose {@code \d} is any
 * Unicode decimal digit; numbering (what comes next, what sorts first) needs ASCII digits that fit a
 * {@code long}, so {@link #parse} accepts only those.
 */
public record TaskId(long major, long minor) implements Comparable<TaskId> {

    /** The most digits a number may have to be read as one: nine always fit, so no id overflows. */
    private static final int MAX_DIGITS = 9;

    public TaskId {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative task id number");
        }
    }

    /** {@code N.M} written with ASCII digits, each number of at most nine digits; {@code null} for anything else. */
    public static TaskId parse(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0 || dot > MAX_DIGITS || id.length() - dot - 1 > MAX_DIGITS || dot == id.length() - 1) {
            return null;
        }
        long major = 0;
        long minor = 0;
        for (int i = 0; i < id.length(); i++) {
            if (i == dot) {
                continue;
            }
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (i < dot) {
                major = major * 10 + (c - '0');
            } else {
                minor = minor * 10 + (c - '0');
            }
        }
        return new TaskId(major, minor);
    }

    /** The phase number of an id, or -1 when the id is not {@link #parse readable}. */
    public static long majorOf(String id) {
        TaskId parsed = parse(id);
        return parsed == null ? -1 : parsed.major();
    }

    /** Whether the whole of {@code id} matches sago's STATE.md pattern {@code \d+\.\d+} (Unicode digits, as in Python). */
    public static boolean isSagoForm(String id) {
        int dot = id.indexOf('.');
        return dot > 0 && isDigits(id, 0, dot) && isDigits(id, dot + 1, id.length());
    }

    /** The end of the {@code \d+\.\d+} that starts at {@code from}, or -1 when none does (Unicode digits). */
    public static int sagoFormEnd(CharSequence text, int from, int to) {
        int dot = digitsEnd(text, from, to);
        if (dot == from || dot >= to || text.charAt(dot) != '.') {
            return -1;
        }
        int end = digitsEnd(text, dot + 1, to);
        return end == dot + 1 ? -1 : end;
    }

    /** Python's {@code str.strip()}, with which sago trims the ids a {@code depends_on} lists. */
    public static String strip(String id) {
        int from = 0;
        int to = id.length();
        while (from < to && XmlText.isPythonSpace(id.charAt(from))) {
            from++;
        }
        while (to > from && XmlText.isPythonSpace(id.charAt(to - 1))) {
            to--;
        }
        return id.substring(from, to);
    }

    /**
     * The first free id of phase {@code major} after the largest task number that phase uses among
     * {@code ids}: {@code N.(largest + 1)}, or the next one that {@code taken} does not hold, trying at
     * most {@code attempts} numbers; {@code null} when every one of them is taken.
     */
    public static TaskId nextFree(long major, Iterable<String> ids, Predicate<String> taken, int attempts) {
        long largest = 0;
        for (String id : ids) {
            TaskId parsed = parse(id);
            if (parsed != null && parsed.major() == major) {
                largest = Math.max(largest, parsed.minor());
            }
        }
        for (long minor = largest + 1; minor <= largest + attempts; minor++) {
            TaskId candidate = new TaskId(major, minor);
            if (!taken.test(candidate.toString())) {
                return candidate;
            }
        }
        return null;
    }

    /** Phase number first, then task number: 1.2 before 1.10 before 2.1. */
    @Override
    public int compareTo(TaskId other) {
        int byMajor = Long.compare(major, other.major);
        return byMajor != 0 ? byMajor : Long.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    private static boolean isDigits(String text, int from, int to) {
        return from < to && digitsEnd(text, from, to) == to;
    }

    private static int digitsEnd(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            int codePoint = Character.codePointAt(text, i);
            if (!Character.isDigit(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }
}
