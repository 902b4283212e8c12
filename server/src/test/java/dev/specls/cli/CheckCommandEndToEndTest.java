package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specls.testing.RuleCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code specls check} as a CI step runs it: on copies of the spec sets the README shows, with paths
 * relative to the current folder, every output format, {@code --strict} and {@code .specls.toml}.
 */
class CheckCommandEndToEndTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What examples/broken is built to show, by file; each is asserted once its rule is registered. */
    private static final Map<String, List<String>> BROKEN_FINDINGS = Map.of(
            "broken/PLAN.md", List.of("plan/dependency-cycle", "plan/dangling-dependency", "plan/files-comma-separated",
                    "plan/file-outside-workspace", "plan/missing-done", "plan/verify-cannot-fail", "plan/dangerous-verify",
                    "plan/parallel-file-conflict"),
            "broken/REQUIREMENTS.md", List.of("req/duplicate-id", "req/unparsed-line", "req/empty-text"),
            "broken/STATE.md", List.of("state/unknown-task", "state/duplicate-entry", "state/done-before-dependencies"));

    @TempDir
    Path currentFolder;

    @BeforeEach
    void copyExamples() throws IOException {
        copy(EXAMPLES.resolve("bookmarks"), currentFolder.resolve("bookmarks"));
        copy(EXAMPLES.resolve("broken"), currentFolder.resolve("broken"));
    }

    @Test
    void theCleanExampleHasNoErrorOrWarning() throws IOException {
        CliRun run = CliRun.of(currentFolder, "check", "--format", "json", "bookmarks");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        JsonNode report = onlyJsonValue(run.out());
        assertEquals(3, report.get("files").asInt(), "PLAN.md, REQUIREMENTS.md and STATE.md");
        for (JsonNode diagnostic : report.get("diagnostics")) {
            String severity = diagnostic.get("severity").asText();
            assertFalse(severity.equals("error") || severity.equals("warning"), () -> "unexpected " + diagnostic);
        }
        assertEquals(0, report.get("summary").get("error").asInt());
        assertEquals(0, report.get("summary").get("warning").asInt());
        assertEquals(CommandLine.EXIT_OK, CliRun.of(currentFolder, "check", "--strict", "bookmarks").exitCode(), "no warning to be strict about");
    }

    @Test
    void theBrokenExampleFailsWithOneJsonReportOfTheDocumentedShape() throws IOException {
        RuleCodes.assumeRegistered("plan/dependency-cycle");
        CliRun run = CliRun.of(currentFolder, "check", "--format", "json", "broken");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertEquals("", run.err());
        JsonNode report = onlyJsonValue(run.out());
        assertEquals(List.of("files", "diagnostics", "summary"), fieldNames(report));
        assertEquals(3, report.get("files").asInt());
        assertFalse(report.get("diagnostics").isEmpty());
        for (JsonNode diagnostic : report.get("diagnostics")) {
            assertEquals(List.of("file", "range", "severity", "code", "message", "related"), fieldNames(diagnostic));
            assertTrue(diagnostic.get("file").asText().startsWith("broken/"), diagnostic::toString);
            assertRange(diagnostic.get("range"));
            assertTrue(Set.of("error", "warning", "information", "hint").contains(diagnostic.get("severity").asText()));
            assertFalse(diagnostic.get("message").asText().isBlank());
            for (JsonNode related : diagnostic.get("related")) {
                assertEquals(List.of("file", "range", "message"), fieldNames(related));
                assertRange(related.get("range"));
            }
        }
        assertEquals(List.of("error", "warning", "information", "hint"), fieldNames(report.get("summary")));
        assertTrue(report.get("summary").get("error").asInt() > 0);
    }

    @Test
    void theBrokenExampleShowsWhatItIsBuiltToShow() throws IOException {
        JsonNode report = onlyJsonValue(CliRun.of(currentFolder, "check", "--format", "json", "broken").out());
        Set<String> found = new TreeSet<>();
        report.get("diagnostics").forEach(diagnostic -> found.add(diagnostic.get("file").asText() + " " + diagnostic.get("code").asText()));
        List<String> missing = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        BROKEN_FINDINGS.forEach((file, codes) -> codes.forEach(code -> {
            if (!RuleCodes.registered(code)) {
                waiting.add(code);
            } else if (!found.contains(file + " " + code)) {
                missing.add(file + " " + code);
            }
        }));
        assertEquals(List.of(), missing, () -> "found " + found);
        RuleCodes.assumeRegistered(waiting.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(CheckFormat.class)
    void everyFormatReportsTheBrokenExample(CheckFormat format) throws IOException {
        CliRun run = CliRun.of(currentFolder, "check", "--format", format.name().toLowerCase(), "broken");

        assertEquals("", run.err());
        switch (format) {
            case TEXT -> assertTrue(run.out().lines().reduce((first, last) -> last).orElseThrow().endsWith(" in 3 files"), run::toString);
            case JSON -> onlyJsonValue(run.out());
            case SARIF -> assertEquals("2.1.0", onlyJsonValue(run.out()).get("version").asText());
            case GITHUB -> run.out().lines().forEach(line -> assertTrue(line.matches("::(error|warning|notice) file=broken/[A-Z]+\\.md,.*"), line));
            case JUNIT -> assertTrue(run.out().startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<testsuites name=\"specls\""), run::toString);
            case CHECKSTYLE -> assertTrue(run.out().startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<checkstyle version="), run::toString);
        }
        RuleCodes.assumeRegistered("plan/dependency-cycle");
        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("broken/PLAN.md"), run::toString);
    }

    @Test
    void pathsAreShownRelativeToTheCurrentFolder() throws IOException {
        assertEquals("PLAN.md", planFileOfGraph(currentFolder.resolve("broken"), "."));
        assertEquals("broken/PLAN.md", planFileOfGraph(currentFolder, "broken"));
        assertEquals("broken/PLAN.md", planFileOfGraph(currentFolder, currentFolder.resolve("broken/PLAN.md").toString()));

        RuleCodes.assumeRegistered("plan/dependency-cycle");
        JsonNode fromInside = onlyJsonValue(CliRun.of(currentFolder.resolve("broken"), "check", "--format", "json", ".").out());
        JsonNode fromAbove = onlyJsonValue(CliRun.of(currentFolder, "check", "--format", "json", "broken").out());
        JsonNode byAbsolutePath = onlyJsonValue(CliRun.of(currentFolder, "check", "--format", "json",
                currentFolder.resolve("broken/PLAN.md").toString()).out());

        assertTrue(files(fromInside).contains("PLAN.md"), fromInside::toString);
        assertEquals(files(fromInside).stream().map(file -> "broken/" + file).toList(), files(fromAbove));
        assertTrue(files(byAbsolutePath).contains("broken/PLAN.md"), byAbsolutePath::toString);
    }

    @Test
    void strictAlsoFailsOnWarnings() throws IOException {
        RuleCodes.assumeRegistered("plan/missing-verify");
        withoutOneVerify();

        CliRun lenient = CliRun.of(currentFolder, "check", "bookmarks");
        CliRun strict = CliRun.of(currentFolder, "check", "--strict", "bookmarks");

        assertEquals(CommandLine.EXIT_OK, lenient.exitCode(), lenient::toString);
        assertTrue(lenient.out().contains("plan/missing-verify"), lenient::toString);
        assertEquals(CommandLine.EXIT_FINDINGS, strict.exitCode(), strict::toString);
    }

    @Test
    void theConfigurationFileTurnsARuleOffOrRaisesIt() throws IOException {
        RuleCodes.assumeRegistered("plan/missing-verify");
        withoutOneVerify();

        Files.writeString(currentFolder.resolve(".specls.toml"), "[rules]\n\"plan/missing-verify\" = \"off\"\n");
        CliRun off = CliRun.of(currentFolder, "check", "--strict", "bookmarks");
        assertEquals(CommandLine.EXIT_OK, off.exitCode(), off::toString);
        assertFalse(off.out().contains("plan/missing-verify"), off::toString);

        Files.writeString(currentFolder.resolve(".specls.toml"), "[rules]\n\"plan/missing-verify\" = \"error\"\n");
        CliRun raised = CliRun.of(currentFolder, "check", "bookmarks");
        assertEquals(CommandLine.EXIT_FINDINGS, raised.exitCode(), raised::toString);
        assertTrue(raised.out().contains("error plan/missing-verify"), raised::toString);
    }

    @Test
    void theConfigurationFileSilencesAFindingOfTheBrokenExample() throws IOException {
        RuleCodes.assumeRegistered("state/unknown-task");
        assertTrue(CliRun.of(currentFolder, "check", "broken").out().contains("state/unknown-task"));

        Files.writeString(currentFolder.resolve(".specls.toml"), "[rules]\n\"state/unknown-task\" = \"off\"\n");
        CliRun run = CliRun.of(currentFolder, "check", "broken");
        assertFalse(run.out().contains("state/unknown-task"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void aMissingPathExitsTwoAndNamesIt() {
        CliRun run = CliRun.of(currentFolder, "check", "--format", "json", "bookmarks", "bookmark");

        assertEquals(CommandLine.EXIT_USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals("specls: no such file or folder: bookmark\n", run.err());
    }

    /** Task 1.1 of the clean example loses its verify command, which is only a warning. */
    private void withoutOneVerify() throws IOException {
        Path plan = currentFolder.resolve("bookmarks/PLAN.md");
        String text = Files.readString(plan, StandardCharsets.UTF_8);
        String verify = "<verify>python -c \"import bookmarks\"</verify>";
        assertTrue(text.contains(verify));
        Files.writeString(plan, text.replace(verify, ""), StandardCharsets.UTF_8);
    }

    /** Parses the whole output as one JSON value and fails if anything but whitespace follows it. */
    private static JsonNode onlyJsonValue(String output) throws IOException {
        try (JsonParser parser = JSON.createParser(output)) {
            JsonNode value = JSON.readTree(parser);
            assertTrue(value != null && value.isObject(), () -> "not a JSON object: " + output);
            assertNull(parser.nextToken(), () -> "more than one JSON value: " + output);
            return value;
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static void assertRange(JsonNode range) {
        assertEquals(List.of("start", "end"), fieldNames(range));
        for (JsonNode position : List.of(range.get("start"), range.get("end"))) {
            assertEquals(List.of("line", "character"), fieldNames(position));
            assertTrue(position.get("line").asInt() >= 0 && position.get("character").asInt() >= 0, range::toString);
        }
    }

    private static String planFileOfGraph(Path folder, String path) throws IOException {
        JsonNode graph = onlyJsonValue(CliRun.of(folder, "graph", "--format", "json", path).out());
        assertEquals(1, graph.get("plans").size(), graph::toString);
        return graph.get("plans").get(0).get("file").asText();
    }

    private static List<String> files(JsonNode report) {
        List<String> files = new ArrayList<>();
        report.get("diagnostics").forEach(diagnostic -> {
            String file = diagnostic.get("file").asText();
            if (!files.contains(file)) {
                files.add(file);
            }
        });
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
