package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specls.testing.SagoCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * sago as the oracle for {@code specls graph}: every corpus plan, saved as a spec set's PLAN.md, must come
 * out of {@code specls graph --format json} with the tasks sago read, in the same order, with the same fields;
 * a plan sago could not read must come out with no task and a note saying why, and make {@code specls check}
 * report an error. The project's corpus holds the expected graphs as data ({@code NAME.sago.json}).
 */
class GraphCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COMPARED_FIELDS = List.of("id", "phase", "name", "depends_on", "files", "verify", "done");

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyProjectCorpusPlan() {
        return tests(SagoCorpus.projectPlans());
    }

    @TestFactory
    Stream<DynamicTest> everySharedCorpusPlan() {
        return SagoCorpus.overShared(this::tests);
    }

    private Stream<DynamicTest> tests(List<Path> plans) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path plan : plans) {
            JsonNode sago = SagoCorpus.sagoResult(plan);
            String name = SagoCorpus.label(plan);
            if (sago.get("ok").asBoolean()) {
                tests.add(DynamicTest.dynamicTest(name + ": same tasks as sago", () -> sameTasksAsSago(plan, sago)));
            } else {
                tests.add(DynamicTest.dynamicTest(name + ": no task, and a note", () -> noTaskAndANote(plan)));
                tests.add(DynamicTest.dynamicTest(name + ": check reports an error", () -> checkReportsAnError(plan)));
            }
        }
        return tests.stream();
    }

    /** The plan as a spec set's PLAN.md, in a folder of its own, as sago finds it. */
    private Path specSet(Path plan) throws IOException {
        Path specSet = Files.createTempDirectory(folder, "spec-set");
        Files.copy(plan, specSet.resolve("PLAN.md"));
        return specSet;
    }

    private void sameTasksAsSago(Path planFile, JsonNode sago) throws IOException {
        JsonNode plan = graphOf(planFile);
        List<JsonNode> expected = new ArrayList<>();
        sago.get("tasks").forEach(expected::add);
        List<JsonNode> actual = new ArrayList<>();
        plan.get("tasks").forEach(actual::add);
        assertEquals(ids(expected), ids(actual), "task ids in order");
        for (int i = 0; i < expected.size(); i++) {
            for (String field : COMPARED_FIELDS) {
                int index = i;
                assertEquals(expected.get(i).get(field), actual.get(i).get(field),
                        () -> "task #" + index + " (" + expected.get(index).get("id").asText() + "): " + field);
            }
        }
    }

    private void noTaskAndANote(Path planFile) throws IOException {
        JsonNode plan = graphOf(planFile);
        assertEquals(0, plan.get("tasks").size(), () -> "sago reads no task, but the graph has " + plan);
        assertTrue(plan.has("note"), () -> "no note says why the graph is empty: " + plan);
    }

    private void checkReportsAnError(Path planFile) throws IOException {
        CliRun run = CliRun.of(specSet(planFile), "check", "--format", "json", ".");
        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        boolean error = false;
        for (JsonNode diagnostic : JSON.readTree(run.out()).get("diagnostics")) {
            error |= diagnostic.get("file").asText().equals("PLAN.md") && diagnostic.get("severity").asText().equals("error");
        }
        assertTrue(error, () -> "sago reads nothing, but specls reports no error: " + run);
    }

    private JsonNode graphOf(Path planFile) throws IOException {
        CliRun run = CliRun.of(specSet(planFile), "graph", "--format", "json", ".");
        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        JsonNode graph = JSON.readTree(run.out());
        assertEquals(1, graph.get("plans").size(), () -> "one plan expected in " + graph);
        assertEquals("PLAN.md", graph.get("plans").get(0).get("file").asText());
        return graph.get("plans").get(0);
    }

    private static List<String> ids(List<JsonNode> tasks) {
        return tasks.stream().map(task -> task.get("id").asText()).toList();
    }
}
