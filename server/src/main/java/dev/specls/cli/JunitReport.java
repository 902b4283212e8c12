package dev.specls.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as GitLab, Jenkins and most CI dashboards read it (the Jenkins {@code junit-10.xsd}
 * shape): one test suite per checked file, one test case per finding, and one passing case for a
 * file without findings, so that clean files show as passed. A finding that fails the run (an error;
 * with {@code --strict} also a warning) is a {@code <failure>}; any other finding is a passing case
 * that carries its text in {@code <system-out>}, so a dashboard turns red exactly when the exit status
 * does.
 */
final class JunitReport {

    private static final String CLEAN_CASE = "no findings";

    private JunitReport() {
    }

    @JacksonXmlRootElement(localName = "testsuites")
    @JsonPropertyOrder({"name", "tests", "failures", "errors", "testsuite"})
    record Suites(@JacksonXmlProperty(isAttribute = true) String name,
                  @JacksonXmlProperty(isAttribute = true) int tests,
                  @JacksonXmlProperty(isAttribute = true) int failures,
                  @JacksonXmlProperty(isAttribute = true) int errors,
                  @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testsuite") List<Suite> suites) {
    }

    @JsonPropertyOrder({"name", "tests", "failures", "errors", "skipped", "file", "testcase"})
    record Suite(@JacksonXmlProperty(isAttribute = true) String name,
                 @JacksonXmlProperty(isAttribute = true) int tests,
                 @JacksonXmlProperty(isAttribute = true) int failures,
                 @JacksonXmlProperty(isAttribute = true) int errors,
                 @JacksonXmlProperty(isAttribute = true) int skipped,
                 @JacksonXmlProperty(isAttribute = true) String file,
                 @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testcase") List<Case> cases) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "classname", "failure", "system-out"})
    record Case(@JacksonXmlProperty(isAttribute = true) String name,
                @JacksonXmlProperty(isAttribute = true) String classname,
                @JacksonXmlProperty(localName = "failure") Failure failure,
                @JacksonXmlProperty(localName = "system-out") String systemOut) {
    }

    @JsonPropertyOrder({"type", "message"})
    record Failure(@JacksonXmlProperty(isAttribute = true) String type,
                   @JacksonXmlProperty(isAttribute = true) String message,
                   @JacksonXmlText String text) {
    }

    static String render(CheckReport report) {
        Map<String, List<ReportedFinding>> byFile = new TreeMap<>();
        report.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        report.findings().forEach(finding -> byFile.computeIfAbsent(finding.location().file(), ignored -> new ArrayList<>()).add(finding));
        List<Suite> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, List<ReportedFinding>> entry : byFile.entrySet()) {
            String file = XmlOutput.clean(entry.getKey());
            List<Case> cases = new ArrayList<>();
            int failed = 0;
            for (ReportedFinding finding : entry.getValue()) {
                String name = XmlOutput.clean(finding.code() + " at " + (finding.location().start().line() + 1)
                        + ":" + (finding.location().start().character() + 1));
                String text = XmlOutput.clean(TextReport.lines(finding));
                if (report.fails(finding)) {
                    failed++;
                    Failure failure = new Failure(XmlOutput.clean(finding.code()), XmlOutput.clean(finding.message()), text);
                    cases.add(new Case(name, file, failure, null));
                } else {
                    cases.add(new Case(name, file, null, text));
                }
            }
            if (cases.isEmpty()) {
                cases.add(new Case(CLEAN_CASE, file, null, null));
            }
            suites.add(new Suite(file, cases.size(), failed, 0, 0, file, cases));
            tests += cases.size();
            failures += failed;
        }
        return XmlOutput.write(new Suites("specls", tests, failures, 0, suites));
    }
}
