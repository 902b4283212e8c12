package dev.specls.syntax.plan;

import java.util.Arrays;

/**
 * Every run of backticks in a text, found in one pass: the fence scan and sago's search for its
 * {@code ```xml} block both read them, so neither searches the text for backticks again.
 */
final class BacktickRuns {

    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    /** The first run a query in increasing order may still need. */
    private int cursor;

    private BacktickRuns() {
    }

    static BacktickRuns of(String text) {
        BacktickRuns runs = new BacktickRuns();
        int length = text.length();
        for (int start = text.indexOf('`'); start >= 0; ) {
            int end = start + 1;
            while (end < length && text.charAt(end) == '`') {
                end++;
            }
            runs.add(start, end);
            start = end < length ? text.indexOf('`', end) : -1;
        }
        return runs;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /**
     * The first backtick at or after {@code from}, or {@code length} when there is none; asked at increasing
     * offsets, so all questions together walk the runs once.
     */
    int nextFrom(int from, int length) {
        while (cursor < count && ends[cursor] <= from) {
            cursor++;
        }
        return cursor == count ? length : Math.max(starts[cursor], from);
    }

    /** Where {@code text.indexOf("```xml")} is, or -1. */
    int xmlFenceOpener(String text) {
        for (int i = 0; i < count; i++) {
            if (ends[i] - starts[i] >= 3 && text.startsWith("xml", ends[i])) {
                return ends[i] - 3;
            }
        }
        return -1;
    }

    /** Where {@code text.indexOf("```", from)} is, or -1. */
    int fenceAtOrAfter(int from) {
        for (int i = 0; i < count; i++) {
            int start = Math.max(starts[i], from);
            if (ends[i] - start >= 3) {
                return start;
            }
        }
        return -1;
    }
}
