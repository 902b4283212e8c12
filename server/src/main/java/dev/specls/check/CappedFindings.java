package dev.specls.check;

import dev.specls.text.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.StringJoiner;

/**
 * The findings of one file, at most {@code limit} of them: the most severe, then the earliest. The rest
 * are only counted, by severity, and stand behind one summary finding, so that a file with millions of
 * problems costs memory for a thousand and the exit status still sees the errors that were dropped.
 */
final class CappedFindings {

    static final String CODE = "workspace/too-many-findings";

    /** Most important first: errors before warnings, then by position, then by code. */
    static final Comparator<Finding> IMPORTANCE = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::span).thenComparing(Finding::code);

    private final URI uri;
    private final int limit;
    /** The head is the least important kept finding, the first to give way. */
    private final PriorityQueue<Finding> kept;
    private final Map<Severity, Long> dropped = new EnumMap<>(Severity.class);

    CappedFindings(URI uri, int limit) {
        this.uri = uri;
        this.limit = limit;
        this.kept = new PriorityQueue<>(IMPORTANCE.reversed());
    }

    void add(Finding finding) {
        if (kept.size() < limit) {
            kept.add(finding);
            return;
        }
        Finding leastImportant = kept.peek();
        if (IMPORTANCE.compare(finding, leastImportant) < 0) {
            kept.poll();
            kept.add(finding);
            count(leastImportant);
        } else {
            count(finding);
        }
    }

    private void count(Finding finding) {
        dropped.merge(finding.severity(), 1L, Long::sum);
    }

    /** The kept findings in {@code order}, then the summary of the dropped ones, if any. */
    List<Finding> finish(Comparator<Finding> order) {
        List<Finding> findings = new ArrayList<>(kept);
        findings.sort(order);
        if (!dropped.isEmpty()) {
            findings.add(summary());
        }
        return findings;
    }

    /** At the top of the file, as severe as the worst finding it stands for. */
    private Finding summary() {
        long total = dropped.values().stream().mapToLong(Long::longValue).sum();
        StringJoiner bySeverity = new StringJoiner(", ");
        dropped.forEach((severity, count) -> bySeverity.add(String.format("%,d %s", count, plural(severity, count))));
        Severity worst = dropped.keySet().iterator().next();
        String message = String.format("%,d more findings in this file are not shown (%s): specls reports at most %,d per file. "
                + "Fix the ones shown first, or raise [diagnostics] maxFindingsPerFile in .specls.toml.", total, bySeverity, limit);
        return new Finding(uri, Span.EMPTY, CODE, worst, message, List.of());
    }

    private static String plural(Severity severity, long count) {
        String word = severity.word();
        return count == 1 || severity == Severity.INFORMATION ? word : word + "s";
    }
}
