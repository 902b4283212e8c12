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
 * @param files    every file checked, as reports name it, sorted
 * @param findings sorted by file, then position, then code
 * @param rules    every rule that ran
 * @param strict   {@code --strict}: warnings fail the run too
 */
public record CheckReport(List<String> files, List<ReportedFinding> findings, List<RuleInfo> rules, boolean strict) {

    static final Comparator<ReportedFinding> BY_FILE_AND_POSITION = Comparator
            .comparing((ReportedFinding finding) -> finding.location().file())
            .thenComparingInt(finding -> finding.location().start().line())
            .thenComparingInt(finding -> finding.location().start().character())
            .thenComparingInt(finding -> finding.location().end().line())
            .thenComparingInt(finding -> finding.location().end().character())
            .thenComparing(ReportedFinding::code);

    public CheckReport {
        files = files.stream().sorted().toList();
        findings = findings.stream().sorted(BY_FILE_AND_POSITION).toList();
        rules = List.copyOf(rules);
    }

    /** Resolves the findings' spans with each file's line index and names files relative to {@code currentFolder}. */
    public static CheckReport of(Collection<URI> checkedFiles, Collection<Finding> findings, List<Rule> rules,
                                 Function<URI, LineIndex> lineIndexOf, Path currentFolder, boolean strict) {
        Function<URI, String> nameOf = uri -> DisplayPath.of(uri, currentFolder);
        List<ReportedFinding> reported = findings.stream()
                .map(finding -> report(finding, lineIndexOf, currentFolder))
                .toList();
        List<RuleInfo> ruleInfos = rules.stream()
                .map(rule -> new RuleInfo(rule.code(), rule.summary(), rule.defaultSeverity()))
                .toList();
        List<String> files = checkedFiles.stream().map(nameOf).toList();
        return new CheckReport(files, reported, ruleInfos, strict);
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

    public int fileCount() {
        return files.size();
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** True when a finding is severe enough to fail the run: an error, or with {@code strict} also a warning. */
    public boolean fails() {
        return findings.stream().anyMatch(this::fails);
    }

    /** True when this finding alone fails the run. */
    public boolean fails(ReportedFinding finding) {
        return fails(finding, strict);
    }

    static boolean fails(ReportedFinding finding, boolean strict) {
        return finding.severity() == Severity.ERROR || (strict && finding.severity() == Severity.WARNING);
    }

    /** Streams the whole report, in order, to a format's writer. */
    void writeTo(ReportWriter writer) throws IOException {
        writer.start(files, rules, strict);
        ReportTally tally = new ReportTally(files.size(), strict);
        for (ReportedFinding finding : findings) {
            tally.add(finding);
            writer.finding(finding);
        }
        writer.finish(tally);
    }
}
