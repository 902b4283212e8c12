package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.testing.SagoCorpus;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against sago 0.3.0's own {@code lint-plan}: every issue sago reports for a corpus
 * plan ({@code NAME.sago.json}, field {@code issues}) must be reported by the specls rule for that sago
 * code, inside the same task (or phase, for phase issues). A plan sago could not read at all must get an error.
 */
class SagoIssueParityTest {

    @TempDir
    static Path folder;

    /** sago issue code to the specls rule that must report it. */
    static final Map<String, String> RULE_FOR_SAGO_CODE = Map.ofEntries(
            Map.entry("MISSING_TASK_ID", "plan/missing-task-id"),
            Map.entry("DUPLICATE_ID", "plan/duplicate-task-id"),
            Map.entry("EMPTY_ACTION", "plan/missing-action"),
            Map.entry("EMPTY_FILES", "plan/missing-files"),
            Map.entry("EMPTY_VERIFY", "plan/missing-verify"),
            Map.entry("MISSING_DONE", "plan/missing-done"),
            Map.entry("BROAD_TASK", "plan/broad-task"),
            Map.entry("TOO_MANY_FILES", "plan/too-many-files"),
            Map.entry("SINGLE_TASK_PHASE", "plan/single-task-phase"),
            Map.entry("LARGE_PHASE", "plan/large-phase"),
            Map.entry("INVALID_DEPENDENCY", "plan/dangling-dependency"),
            Map.entry("DEPENDENCY_CYCLE", "plan/dependency-cycle"),
            Map.entry("BACKWARD_DEPENDENCY", "plan/backward-phase-dependency"),
            Map.entry("DANGEROUS_VERIFY", "plan/dangerous-verify"),
            Map.entry("OVER_SPECIFIED_DEPS", "plan/over-specified-dependencies"),
            Map.entry("DUPLICATE_FILE", "plan/parallel-file-conflict"));

    @TestFactory
    Stream<DynamicTest> reportsEverySagoIssueOfTheProjectCorpus() {
        return tests(SagoCorpus.projectPlans());
    }

    @TestFactory
    Stream<DynamicTest> reportsEverySagoIssueOfTheSharedCorpus() {
        return SagoCorpus.overShared(SagoIssueParityTest::tests);
    }

    private static Stream<DynamicTest> tests(List<Path> plans) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path planFile : plans) {
            JsonNode sago = SagoCorpus.sagoResult(planFile);
            String name = SagoCorpus.label(planFile);
            if (!sago.get("ok").asBoolean()) {
                tests.add(DynamicTest.dynamicTest(name + " unreadable", () -> assertUnreadable(planFile, sago.get("error").asText())));
            }
            for (JsonNode issue : sago.get("issues")) {
                String code = issue.get("code").asText();
                tests.add(DynamicTest.dynamicTest(name + " " + code + " " + issue.get("task_id").asText(issue.get("phase").asText()),
                        () -> assertReported(planFile, issue)));
            }
        }
        return tests.stream();
    }

    private static void assertUnreadable(Path planFile, String sagoError) throws IOException {
        List<Finding> findings = check(planFile);
        assertTrue(findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR),
                () -> "sago failed with \"" + sagoError + "\" but specls reported no error: " + findings);
    }

    private static void assertReported(Path planFile, JsonNode issue) throws IOException {
        String sagoCode = issue.get("code").asText();
        String rule = RULE_FOR_SAGO_CODE.get(sagoCode);
        assertNotNull(rule, "no specls rule is mapped to sago's " + sagoCode);
        Assumptions.assumeTrue(Checker.knows(Formats.BUILT_IN.rules(), rule), () -> rule + " (sago " + sagoCode + ") is not registered yet");
        Workspace workspace = load(planFile);
        SpecSet specSet = workspace.specSetOf(planUri(workspace));
        List<Span> places = places(specSet.planDocument(), issue);
        assertFalse(places.isEmpty(), () -> "the issue names no task or phase specls read: " + issue);
        List<Finding> findings = new Checker(Formats.BUILT_IN.rules(), Settings.defaults()).check(specSet).getOrDefault(specSet.planUri(), List.of());
        assertTrue(findings.stream().anyMatch(finding -> finding.code().equals(rule) && places.stream().anyMatch(place -> place.contains(finding.span()))),
                () -> "sago reports " + sagoCode + " for " + issue + " but specls has no " + rule + " there: " + findings);
    }

    /** The elements of the task the issue names (every declaration of its id), else of its phase, else (a cycle) the whole block. */
    private static List<Span> places(PlanDocument plan, JsonNode issue) {
        List<Span> places = new ArrayList<>();
        if (!issue.get("task_id").isNull()) {
            String id = issue.get("task_id").asText();
            for (Task task : plan.tasks()) {
                if (task.id().equals(id)) {
                    places.add(task.element().span());
                }
            }
            return places;
        }
        if (issue.get("phase").isNull()) {
            places.add(plan.block().span());
            return places;
        }
        String phaseName = issue.get("phase").asText();
        for (Phase phase : plan.phases()) {
            if (phase.name().equals(phaseName)) {
                places.add(phase.element().span());
            }
        }
        return places;
    }

    private static List<Finding> check(Path planFile) throws IOException {
        Workspace workspace = load(planFile);
        URI plan = planUri(workspace);
        return new Checker(Formats.BUILT_IN.rules(), Settings.defaults()).check(workspace.specSetOf(plan)).getOrDefault(plan, List.of());
    }

    /** The plan read from disk as a spec set's PLAN.md, as the CLI reads it: bytes that are not UTF-8 are noticed there. */
    private static Workspace load(Path planFile) throws IOException {
        Path specSet = Files.createTempDirectory(folder, "spec-set");
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFile(Files.copy(planFile, specSet.resolve("PLAN.md")));
        return workspace;
    }

    private static URI planUri(Workspace workspace) {
        return workspace.specSets().iterator().next().planUri();
    }
}
