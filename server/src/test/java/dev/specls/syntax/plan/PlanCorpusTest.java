package dev.specls.syntax.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.SagoCorpus;
import dev.specls.text.Utf8Error;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Differential test against what sago 0.3.0 itself read from each corpus plan ({@code NAME.sago.json}). */
class PlanCorpusTest {

    @TestFactory
    Stream<DynamicTest> readsEveryProjectCorpusPlanAsSagoDoes() {
        return tests(SagoCorpus.projectPlans());
    }

    @TestFactory
    Stream<DynamicTest> readsEverySharedCorpusPlanAsSagoDoes() {
        return SagoCorpus.overShared(PlanCorpusTest::tests);
    }

    private static Stream<DynamicTest> tests(List<Path> plans) {
        return plans.stream().map(plan -> DynamicTest.dynamicTest(SagoCorpus.label(plan), () -> compare(plan)));
    }

    private static void compare(Path planFile) throws IOException {
        JsonNode sago = SagoCorpus.sagoResult(planFile);
        if (SagoCorpus.crashes(sago)) {
            assertNotNull(Utf8Error.find(Files.readAllBytes(planFile)), "sago crashed reading the file, but it is UTF-8");
            return;
        }
        PlanDocument plan = PlanParser.parse(GoldenFixtures.read(planFile));
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
