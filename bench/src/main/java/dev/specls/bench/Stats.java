package dev.specls.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a sample of durations, nearest-rank. */
final class Stats {

    private Stats() {
    }

    static double percentileMs(long[] sortedNanos, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    static String summary(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s: n=%d min=%.2f p50=%.2f p95=%.2f p99=%.2f max=%.2f", label, sorted.length,
                sorted[0] / 1e6, percentileMs(sorted, 50), percentileMs(sorted, 95), percentileMs(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }
}
