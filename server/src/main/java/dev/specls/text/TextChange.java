package dev.specls.text;

import java.util.Arrays;

/**
 * Where a new version of a text differs from the one before, as one splice: the old text's
 * {@code [start, oldEnd)} became the new text's {@code [start, newEnd)}, everything before {@code start}
 * and after the splice being the same in both. Found from the two texts alone (their common prefix and
 * suffix), so it holds however the editor sent the edit.
 */
public record TextChange(int start, int oldEnd, int newEnd) {

    public TextChange {
        if (start < 0 || oldEnd < start || newEnd < start) {
            throw new IllegalArgumentException("bad change [" + start + ", " + oldEnd + ") -> [" + start + ", " + newEnd + ")");
        }
    }

    /** The smallest splice that turns {@code before} into {@code after}; empty at the end when they are equal. */
    public static TextChange between(String before, String after) {
        int shorter = Math.min(before.length(), after.length());
        int prefix = commonRun(before, after, shorter, false);
        int suffix = commonRun(before, after, shorter - prefix, true);
        return new TextChange(prefix, before.length() - suffix, after.length() - suffix);
    }

    /** Characters compared at a time: copied out in blocks, compared with {@link Arrays#mismatch}, which the JVM vectorises. */
    private static final int BLOCK = 4096;

    /**
     * How many characters the texts share at their start, or at their end when {@code fromEnd}, up to {@code limit}.
     */
    private static int commonRun(String before, String after, int limit, boolean fromEnd) {
        char[] first = new char[Math.min(BLOCK, limit)];
        char[] second = new char[first.length];
        int done = 0;
        while (done < limit) {
            int length = Math.min(BLOCK, limit - done);
            int beforeFrom = fromEnd ? before.length() - done - length : done;
            int afterFrom = fromEnd ? after.length() - done - length : done;
            before.getChars(beforeFrom, beforeFrom + length, first, 0);
            after.getChars(afterFrom, afterFrom + length, second, 0);
            int mismatch = Arrays.mismatch(first, 0, length, second, 0, length);
            if (mismatch >= 0) {
                if (!fromEnd) {
                    return done + mismatch;
                }
                int lastMismatch = length - 1;
                while (first[lastMismatch] == second[lastMismatch]) {
                    lastMismatch--;
                }
                return done + (length - 1 - lastMismatch);
            }
            done += length;
        }
        return limit;
    }

    /** How far the text after the change moved: the new length minus the old. */
    public int delta() {
        return newEnd - oldEnd;
    }

    /** True when the two texts are equal. */
    public boolean isEmpty() {
        return oldEnd == start && newEnd == start;
    }

    /**
     * Where a span of the old text lies in the new one: the same before the change, moved by {@link #delta()}
     * after it; {@code null} for a span that overlaps or touches the change, whose text or meaning may differ.
     */
    public Span map(Span old) {
        if (old.end() < start) {
            return old;
        }
        if (old.start() > oldEnd) {
            return delta() == 0 ? old : old.shift(delta());
        }
        return null;
    }

    /** True when the change lies inside {@code [from, to)} of the old text, not touching either end. */
    public boolean inside(int from, int to) {
        return from < start && oldEnd < to;
    }

    /**
     * True when every line keeps its number and every line break its place relative to the text around it: the
     * change neither removes nor adds a line break, nor splits a {@code \r\n}. Then a message that names a line
     * number says the same of both versions.
     */
    public boolean keepsLines(String before, String after) {
        if (hasBreak(before, start, oldEnd) || hasBreak(after, start, newEnd)) {
            return false;
        }
        boolean afterCarriageReturn = start > 0 && before.charAt(start - 1) == '\r';
        return !afterCarriageReturn || isEmpty();
    }

    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
