package dev.specls.text;

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
        int prefix = 0;
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        int suffixLimit = shorter - prefix;
        while (suffix < suffixLimit && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.length() - suffix, after.length() - suffix);
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

    /** True when the span of the old text lies wholly before the change, or wholly after it, not touching it. */
    public boolean clearOf(Span old) {
        return old.end() < start || old.start() > oldEnd;
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
