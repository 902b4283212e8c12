package dev.specls.cli;

import dev.specls.check.Finding;
import dev.specls.check.Related;
import dev.specls.check.Rule;
import dev.specls.check.Severity;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Everything {@code specls check} prints, independent of the format.
 *
 * @param fileCount how many files were checked
 * @param findings  sorted by file, then position, then code
 * @param rules     every rule that ran
 */
public record CheckReport(int fileCount, List<ReportedFinding> findings, List<RuleInfo> rules) {

    static final Comparator<ReportedFinding> BY_FILE_AND_POSITION = Comparator
            .comparing((ReportedFinding finding) -> finding.location().file())
            .thenComparingInt(finding -> finding.location().start().line())
            .thenComparingInt(finding -> finding.location().start().character())
            .thenComparingInt(finding -> finding.location().end().line())
            .thenComparingInt(finding -> finding.location().end().character())
            .thenComparing(ReportedFinding::code);

    public CheckReport {
        findings = findings.stream().sorted(BY_FILE_AND_POSITION).toList();
        rules = List.copyOf(rules);
    }

    /** Resolves the findings' spans with each file's line index and names files relative to {@code currentFolder}. */
    public static CheckReport of(int fileCount, Collection<Finding> findings, List<Rule> rules,
                                 Function<URI, LineIndex> lineIndexOf, Path currentFolder) {
        List<ReportedFinding> reported = findings.stream()
                .map(finding -> report(finding, lineIndexOf, currentFolder))
                .toList();
        List<RuleInfo> ruleInfos = rules.stream()
                .map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity()))
                .toList();
        return new CheckReport(fileCount, reported, ruleInfos);
    }

    /** One finding with its spans resolved to lines and columns and its files named as reports name them. */
    static ReportedFinding report(Finding finding, Function<URI, LineIndex> lineIndexOf, Path currentFolder) {
        Function<URI, String> nameOf = uri -> DisplayPath.of(uri, currentFolder);
        return new ReportedFinding(
                locate(finding.uri(), finding.span(), lineIndexOf, nameOf),
                finding.severity(),
                finding.code(),
                finding.message(),
                finding.related().stream().map(related -> report(related, lineIndexOf, nameOf)).toList());
    }

    private static ReportedRelated report(Related related, Function<URI, LineIndex> lineIndexOf, Function<URI, String> nameOf) {
        return new ReportedRelated(locate(related.uri(), related.span(), lineIndexOf, nameOf), related.message());
    }

    private static Location locate(URI uri, Span span, Function<URI, LineIndex> lineIndexOf, Function<URI, String> nameOf) {
        LineIndex lines = lineIndexOf.apply(uri);
        return new Location(nameOf.apply(uri),
                lines.position(span.start(), PositionEncoding.UTF16),
                lines.position(span.end(), PositionEncoding.UTF16));
    }

    public long count(Severity severity) {
        return tally().count(severity);
    }

    /** True when a finding is severe enough to fail the run: an error, or with {@code strict} also a warning. */
    public boolean fails(boolean strict) {
        return tally().fails(strict);
    }

    /** Streams the whole report, in order, to a format's writer. */
    void writeTo(ReportWriter writer) throws IOException {
        writer.start(fileCount, rules);
        for (ReportedFinding finding : findings) {
            writer.finding(finding);
        }
        writer.finish(tally());
    }

    private ReportTally tally() {
        ReportTally tally = new ReportTally(fileCount);
        findings.forEach(tally::add);
        return tally;
    }
}
