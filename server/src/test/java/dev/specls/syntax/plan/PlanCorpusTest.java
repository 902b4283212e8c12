package dev.specls.syntax.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Differential test against what sago 0.3.0 itself read from each corpus plan ({@code NAME.sago.json}). */
class PlanCorpusTest {

    static final Path CORPUS = Path.of("../../shared/corpus/sago");

    static List<Path> plansWithSagoResults() throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "corpus folder missing: " + CORPUS.toAbsolutePath());
        List<Path> plans;
        try (Stream<Path> files = Files.list(CORPUS)) {
            plans = files.filter(path -> path.toString().endsWith(".md") && Files.exists(sagoResultOf(path))).sorted().toList();
        }
        assertFalse(plans.isEmpty(), "no plan with a .sago.json in " + CORPUS.toAbsolutePath());
        return plans;
    }

    private static Path sagoResultOf(Path plan) {
        return plan.resolveSibling(plan.getFileName().toString().replaceFirst("\\.md$", ".sago.json"));
    }

    @TestFactory
    Stream<DynamicTest> readsEveryCorpusPlanAsSagoDoes() throws IOException {
        return plansWithSagoResults().stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> compare(plan)));
    }

    private static void compare(Path planFile) throws IOException {
        JsonNode sago = new ObjectMapper().readTree(sagoResultOf(planFile).toFile());
        PlanDocument plan = PlanParser.parse(Files.readString(planFile, StandardCharsets.UTF_8));
        if (!sago.get("ok").asBoolean()) {
            assertFalse(plan.readableBySago(), "sago failed with " + sago.get("error").asText() + " but the plan reads as readable");
            return;
        }
        assertTrue(plan.readableBySago(), () -> "sago read it but specls found " + plan.xml());
        assertEquals(describe(sago.get("tasks")), describe(plan));
    }

    private static List<String> describe(JsonNode tasks) {
        List<String> described = new ArrayList<>();
        for (JsonNode task : tasks) {
            described.add(String.join(" | ", task.get("id").asText(), task.get("phase").asText(), task.get("name").asText(),
                    strings(task.get("depends_on")).toString(), strings(task.get("files")).toString(),
                    task.get("verify").asText(), task.get("done").asText()));
        }
        return described;
    }

    private static List<String> describe(PlanDocument plan) {
        List<String> described = new ArrayList<>();
        for (Task task : plan.tasks()) {
            described.add(String.join(" | ", task.id(), plan.phases().get(task.phaseIndex()).name(), task.nameText(),
                    task.dependsOn().stream().map(Ref::value).toList().toString(), task.files().stream().map(Ref::value).toList().toString(),
                    task.verifyText(), task.doneText()));
        }
        return described;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
