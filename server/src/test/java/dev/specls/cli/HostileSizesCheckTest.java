package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specls check} on plans built to be expensive: XML that a quadratic reader takes minutes over,
 * a plan with over a million findings, and a JVM too small for the plan. The timeouts here are hang
 * guards far above the linear cost (seconds against minutes), not measurements; docs/performance.md
 * has the measurements.
 */
class HostileSizesCheckTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path plan(String blockContent) throws IOException {
        Path specs = Files.createDirectories(folder.resolve("specs"));
        Files.writeString(specs.resolve("PLAN.md"), "# PLAN.md\n\n```xml\n<phases>\n<phase name=\"Hostile\">\n" + blockContent
                + "\n</phase>\n</phases>\n```\n", StandardCharsets.UTF_8);
        return specs;
    }

    private CliRun checkWithinTheGuard(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of(folder, args), "the check did not finish: the cost is not linear");
    }

    /** Each end tag that closes nothing used to walk all 200,000 open elements: 40,000 million steps. */
    @Test
    void endTagsThatCloseNothingInsideDeepNestingAreReadInLinearTime() throws IOException {
        int n = 200_000;
        plan("<task id=\"1.1\">\n<action>" + "<a>".repeat(n) + "</b>".repeat(n) + "</action>\n</task>");

        CliRun run = checkWithinTheGuard("check", "--format", "json", "specs");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertTrue(codes(run).contains("plan/xml-syntax"), run::toString);
    }

    /** Each attribute used to be compared with every earlier one of its tag. */
    @Test
    void aTagWithHundredsOfThousandsOfAttributesIsReadInLinearTime() throws IOException {
        int n = 300_000;
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < n; i++) {
            attributes.append(" a").append(i).append("=\"v\"");
        }
        plan("<task id=\"1.1\"" + attributes + " a7=\"again\">\n<name>n</name>\n</task>");

        CliRun run = checkWithinTheGuard("check", "--format", "json", "specs");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Duplicate attribute `a7`"), run::toString);
    }

    /**
     * 100,000 empty tasks make 600,000 findings; a file reports the 1,000 most severe and one more that
     * counts the rest by severity, so the run fits a small heap, and the exit status still says
     * "errors". Without the cap the findings alone outgrow this heap.
     */
    @Test
    void findingsAreCappedPerFileWithASummaryOfWhatWasLeftOut() throws Exception {
        plan("<task></task>\n".repeat(100_000));

        SpawnedCli run = SpawnedCli.run(folder, List.of("-Xmx128m", "-XX:+UseSerialGC"), HANG_GUARD.toSeconds(),
                "check", "--format", "json", "specs");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        JsonNode diagnostics = report.get("diagnostics");
        assertEquals(1001, diagnostics.size(), "1,000 findings and the summary");
        List<JsonNode> summaries = new ArrayList<>();
        diagnostics.forEach(diagnostic -> {
            assertEquals("error", diagnostic.get("severity").asText(), "the most severe are kept: " + diagnostic);
            if (diagnostic.get("code").asText().equals("workspace/too-many-findings")) {
                summaries.add(diagnostic);
            }
        });
        assertEquals(1, summaries.size(), diagnostics::toString);
        String message = summaries.get(0).get("message").asText();
        assertTrue(message.matches("[0-9,]+ more findings in this file are not shown \\([0-9,]+ errors, .*"), message);
        assertEquals(0, summaries.get(0).get("range").get("start").get("line").asInt(), "the summary sits at the top of the file");
    }

    /**
     * Setting a lower cap in .specls.toml shows fewer; the summary counts the rest.
     */
    @Test
    void theCapIsConfigurable() throws IOException {
        plan("<task></task>\n".repeat(50));
        Files.writeString(folder.resolve(".specls.toml"), "[diagnostics]\nmaxFindingsPerFile = 10\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(folder, "check", "--format", "json", "specs");

        JsonNode diagnostics = JSON.readTree(run.out()).get("diagnostics");
        assertEquals(11, diagnostics.size(), run::toString);
        assertEquals("", run.err(), "the setting is known");
    }

    /** A JVM that runs out of memory ends with 3, an internal failure, and one line on stderr, not with 1 ("findings"). */
    @Test
    void runningOutOfMemoryExitsWithThreeAndOneLine() throws Exception {
        plan("<task id=\"1.1\"><name>a task with a long action</name><action>" + "x".repeat(20 * 1024 * 1024) + "</action></task>");

        SpawnedCli run = SpawnedCli.run(folder, List.of("-Xmx24m", "-XX:+UseSerialGC"), HANG_GUARD.toSeconds(), "check", "specs");

        assertEquals(CommandLine.EXIT_CRASH, run.exitCode(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("specls: out of memory"), run::toString);
        assertEquals("", run.out());
    }

    private static List<String> codes(CliRun run) throws IOException {
        List<String> codes = new ArrayList<>();
        JSON.readTree(run.out()).get("diagnostics").forEach(diagnostic -> codes.add(diagnostic.get("code").asText()));
        return codes;
    }
}
