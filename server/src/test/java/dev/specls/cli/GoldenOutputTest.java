package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.features.graph.GraphPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every fixture case in every format and compares with the case's {@code expected.*} file.
 * Adding a case is adding a folder: {@code check/NAME/report.json} or {@code graph/NAME/plans.json}.
 * Run with {@code -Dspecls.updateGolden=true} to (re)write the expected files, then review the diff.
 */
class GoldenOutputTest {

    private static final boolean UPDATE = Boolean.getBoolean("specls.updateGolden");

    private static final Map<CheckFormat, String> CHECK_FILES = Map.of(
            CheckFormat.TEXT, "expected.txt",
            CheckFormat.JSON, "expected.json",
            CheckFormat.SARIF, "expected.sarif",
            CheckFormat.GITHUB, "expected.github",
            CheckFormat.JUNIT, "expected.junit.xml",
            CheckFormat.CHECKSTYLE, "expected.checkstyle.xml");

    private static final Map<GraphFormat, String> GRAPH_FILES = Map.of(
            GraphFormat.JSON, "expected.json",
            GraphFormat.MERMAID, "expected.mmd",
            GraphFormat.DOT, "expected.dot");

    @TestFactory
    List<DynamicTest> checkReports() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path caseFolder : Fixtures.cases("check")) {
            CheckReport report = Fixtures.checkReport(caseFolder);
            for (CheckFormat format : CheckFormat.values()) {
                Path expected = caseFolder.resolve(CHECK_FILES.get(format));
                tests.add(golden(expected, () -> format.render(report, Fixtures.TOOL_VERSION)));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> graphs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path caseFolder : Fixtures.cases("graph")) {
            List<GraphPlan> plans = Fixtures.graphPlans(caseFolder);
            for (GraphFormat format : GraphFormat.values()) {
                Path expected = caseFolder.resolve(GRAPH_FILES.get(format));
                tests.add(golden(expected, () -> format.render(plans)));
            }
        }
        return tests;
    }

    private static DynamicTest golden(Path expected, Supplier<String> render) {
        String name = Fixtures.ROOT.relativize(expected).toString().replace('\\', '/');
        return DynamicTest.dynamicTest(name, () -> {
            String actual = render.get();
            if (UPDATE) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(read(expected), actual, name);
        });
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
