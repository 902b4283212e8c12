package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Finding;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Rule;
import dev.specls.check.Severity;
import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportTest {

    @TempDir
    Path folder;

    private static Finding finding(URI uri, Span span, String code, Severity severity, List<Related> related) {
        return new Finding(uri, span, code, severity, "message of " + code, related);
    }

    @Test
    void resolvesSpansToUtf16PositionsAndRelativePaths() {
        URI plan = folder.resolve("specs/PLAN.md").toUri();
        URI requirements = folder.resolve("specs/REQUIREMENTS.md").toUri();
        // "🚀" is two UTF-16 units: the finding on "x" starts at character 4 of line 1.
        Map<URI, LineIndex> files = Map.of(plan, LineIndex.of("first\n🚀 x\n"), requirements, LineIndex.of("REQ-1\n"));
        Finding cycle = finding(plan, new Span(9, 10), "plan/cycle", Severity.ERROR,
                List.of(new Related(requirements, new Span(0, 5), "here")));

        CheckReport report = CheckReport.of(List.of(requirements, plan), List.of(cycle), List.of(rule("plan/cycle")), files::get, folder, false);

        ReportedFinding reported = report.findings().get(0);
        assertEquals(new Location("specs/PLAN.md", new LineColumn(1, 3), new LineColumn(1, 4)), reported.location());
        assertEquals(new Location("specs/REQUIREMENTS.md", new LineColumn(0, 0), new LineColumn(0, 5)),
                reported.related().get(0).location());
        assertEquals(List.of(new RuleInfo("plan/cycle", "summary of plan/cycle", Severity.ERROR)), report.rules());
        assertEquals(List.of("specs/PLAN.md", "specs/REQUIREMENTS.md"), report.files(), "named as the findings are, sorted");
    }

    @Test
    void sortsByFileThenPosition() {
        URI a = folder.resolve("a.md").toUri();
        URI b = folder.resolve("b.md").toUri();
        LineIndex text = LineIndex.of("one\ntwo\nthree\n");
        List<Finding> unsorted = List.of(
                finding(b, new Span(0, 1), "x/b", Severity.HINT, List.of()),
                finding(a, new Span(4, 5), "x/second", Severity.HINT, List.of()),
                finding(a, new Span(0, 1), "x/first", Severity.HINT, List.of()));

        CheckReport report = CheckReport.of(List.of(a, b), unsorted, List.of(), uri -> text, folder, false);

        assertEquals(List.of("x/first", "x/second", "x/b"), report.findings().stream().map(ReportedFinding::code).toList());
    }

    @Test
    void errorsFailAlwaysWarningsOnlyWhenStrict() {
        assertFalse(reportWith(false, Severity.WARNING, Severity.INFORMATION, Severity.HINT).fails());
        assertTrue(reportWith(true, Severity.WARNING).fails());
        assertFalse(reportWith(true, Severity.INFORMATION, Severity.HINT).fails());
        assertTrue(reportWith(false, Severity.ERROR).fails());
        CheckReport strict = reportWith(true, Severity.WARNING, Severity.HINT);
        assertEquals(Map.of("x/warning", true, "x/hint", false),
                strict.findings().stream().collect(Collectors.toMap(ReportedFinding::code, strict::fails)), "each finding on its own");
    }

    @Test
    void filesOutsideTheCurrentFolderKeepTheirAbsolutePath() {
        Path elsewhere = folder.resolve("elsewhere/PLAN.md").toAbsolutePath();

        assertEquals(elsewhere.toString().replace('\\', '/'), DisplayPath.of(elsewhere.toUri(), folder.resolve("cwd")));
    }

    private CheckReport reportWith(boolean strict, Severity... severities) {
        URI file = folder.resolve("PLAN.md").toUri();
        List<Finding> findings = Arrays.stream(severities)
                .map(severity -> finding(file, Span.EMPTY, "x/" + severity.word(), severity, List.of()))
                .toList();
        return CheckReport.of(List.of(file), findings, List.of(), uri -> LineIndex.of(""), folder, strict);
    }

    private static Rule rule(String code) {
        return new Rule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.ERROR;
            }

            @Override
            public String summary() {
                return "summary of " + code;
            }

            @Override
            public void check(SpecSet specSet, FindingSink sink) {
            }
        };
    }
}
