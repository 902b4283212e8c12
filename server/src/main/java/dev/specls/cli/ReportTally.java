package dev.specls.cli;

import dev.specls.check.Severity;
import java.util.EnumMap;
import java.util.Map;

/** The counts a report ends with, kept while its findings stream past. */
final class ReportTally {

    private final int fileCount;
    private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);

    ReportTally(int fileCount) {
        this.fileCount = fileCount;
    }

    void add(ReportedFinding finding) {
        counts.merge(finding.severity(), 1L, Long::sum);
    }

    int fileCount() {
        return fileCount;
    }

    long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** True when a finding is severe enough to fail the run: an error, or with {@code strict} also a warning. */
    boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
}
