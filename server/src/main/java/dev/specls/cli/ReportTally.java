package dev.specls.cli;

import dev.specls.check.Severity;
import java.util.EnumMap;
import java.util.Map;

/** The counts a report ends with, kept while its findings stream past. */
final class ReportTally {

    private final int fileCount;
    private final boolean strict;
    private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    private boolean fails;

    ReportTally(int fileCount, boolean strict) {
        this.fileCount = fileCount;
        this.strict = strict;
    }

    void add(ReportedFinding finding) {
        counts.merge(finding.severity(), 1L, Long::sum);
        fails |= CheckReport.fails(finding, strict);
    }

    int fileCount() {
        return fileCount;
    }

    long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** True when a finding is severe enough to fail the run: an error, or with {@code --strict} also a warning. */
    boolean fails() {
        return fails;
    }
}
