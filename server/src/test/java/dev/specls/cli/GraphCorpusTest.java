package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.RuleCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * sago as the oracle for {@code specls graph}: every corpus plan that sago parsed must come out of
 * {@code specls graph --format json} with the same tasks, in the same order, with the same fields as
 * sago read them; every plan sago could not parse must make {@code specls check} say why. The corpus
 * files are not named PLAN.md, so this also proves that a path given on the command line is read as a
 * plan by its {@code <phases} content.
 */
class GraphCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COMPARED_FIELDS = List.of("id", "phase", "name", "depends_on", "files", "verify", "done");
    private static final Set<String> UNPARSEABLE_CODES = Set.of("plan/xml-syntax", "plan/no-task-block");

    @TestFactory
    List<DynamicTest> everyCorpusPlan() throws IOException {
        Path corpus = GoldenFixtures.CORPUS.toAbsolutePath().normalize();
        List<Path> plans;
        try (Stream<Path> files = Files.list(corpus)) {
            plans = files.filter(path -> path.getFileName().toString().endsWith(".md"))
                    .filter(path -> Files.exists(sagoResultOf(path)))
                    .sorted()
                    .toList();
        }
        assertFalse(plans.isEmpty(), "no corpus plan with a .sago.json in " + corpus);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path plan : plans) {
            JsonNode sago = JSON.readTree(sagoResultOf(plan).toFile());
            String name = plan.getFileName().toString();
            if (sago.get("ok").asBoolean()) {
                tests.add(DynamicTest.dynamicTest(name + ": same tasks as sago", () -> sameTasksAsSago(corpus, name, sago)));
            } else {
                tests.add(DynamicTest.dynamicTest(name + ": graph still runs", () -> graphRuns(corpus, name)));
                tests.add(DynamicTest.dynamicTest(name + ": check says why sago fails", () -> checkSaysWhy(corpus, name)));
            }
        }
        return tests;
    }

    private static Path sagoResultOf(Path plan) {
        String name = plan.getFileName().toString();
        return plan.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".sago.json");
    }

    private static void sameTasksAsSago(Path corpus, String name, JsonNode sago) throws IOException {
        JsonNode graph = graphOf(corpus, name);
        assertEquals(1, graph.get("plans").size(), () -> "one plan expected in " + graph);
        JsonNode plan = graph.get("plans").get(0);
        assertEquals(name, plan.get("file").asText());
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

    private static void graphRuns(Path corpus, String name) throws IOException {
        graphOf(corpus, name);
    }

    private static void checkSaysWhy(Path corpus, String name) throws IOException {
        RuleCodes.assumeRegistered("plan/xml-syntax", "plan/no-task-block");
        CliRun run = CliRun.of(corpus, "check", "--format", "json", name);
        assertEquals(Main.EXIT_FINDINGS, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        boolean explained = false;
        for (JsonNode diagnostic : report.get("diagnostics")) {
            explained |= diagnostic.get("file").asText().equals(name)
                    && UNPARSEABLE_CODES.contains(diagnostic.get("code").asText())
                    && diagnostic.get("severity").asText().equals("error");
        }
        assertTrue(explained, () -> "no error under " + UNPARSEABLE_CODES + " in " + run);
    }

    private static JsonNode graphOf(Path corpus, String name) throws IOException {
        CliRun run = CliRun.of(corpus, "graph", "--format", "json", name);
        assertEquals(Main.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        return JSON.readTree(run.out());
    }

    private static List<String> ids(List<JsonNode> tasks) {
        return tasks.stream().map(task -> task.get("id").asText()).toList();
    }
}
