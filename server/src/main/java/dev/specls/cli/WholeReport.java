package dev.specls.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A format whose layout needs the whole report before it writes anything, as JUnit XML with its totals
 * on the root element: it keeps the findings (each file's capped by {@code maxFindingsPerFile}) and
 * renders them at the end.
 */
final class WholeReport implements ReportWriter {

    private final Writer out;
    private final Function<CheckReport, String> render;
    private final List<ReportedFinding> findings = new ArrayList<>();
    private List<String> files = List.of();
    private List<RuleInfo> rules = List.of();
    private boolean strict;

    WholeReport(Writer out, Function<CheckReport, String> render) {
        this.out = out;
        this.render = render;
    }

    @Override
    public void start(List<String> checkedFiles, List<RuleInfo> ranRules, boolean strictRun) {
        files = checkedFiles;
        rules = ranRules;
        strict = strictRun;
    }

    @Override
    public void finding(ReportedFinding finding) {
        findings.add(finding);
    }

    @Override
    public void finish(ReportTally tally) throws IOException {
        out.write(render.apply(new CheckReport(files, findings, rules, strict)));
    }
}
