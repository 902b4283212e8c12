package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.testing.SagoCorpus;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The principle over the project's corpus, where each case says how many tasks its author wrote
 * ({@code shown}): when sago reads fewer tasks (or none, because it fails or crashes), specls reports an
 * error; when sago reads them all and its own lint finds no error, specls reports none either, but for
 * the ones the case names as specls' own ({@code specls_errors}, such as a cycle through an implicit edge).
 */
class CorpusPrincipleTest {

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> lostTasksAreErrorsAndReadPlansAreNot() {
        List<DynamicTest> tests = new ArrayList<>();
        int losing = 0;
        for (Path plan : SagoCorpus.projectPlans()) {
            JsonNode sago = SagoCorpus.sagoResult(plan);
            boolean lost = !sago.get("ok").asBoolean() || sago.get("tasks").size() < sago.get("shown").asInt();
            losing += lost ? 1 : 0;
            tests.add(DynamicTest.dynamicTest(SagoCorpus.label(plan) + (lost ? ": sago loses tasks" : ": sago reads every task"),
                    () -> check(plan, sago, lost)));
        }
        assertTrue(losing >= 20 && losing < tests.size() - 20, "the corpus should hold many plans of both kinds, not " + losing + " losing of " + tests.size());
        return tests.stream();
    }

    private static void check(Path plan, JsonNode sago, boolean lost) throws IOException {
        Set<String> errors = errors(plan);
        if (lost) {
            assertFalse(errors.isEmpty(), () -> "sago reads " + sago.get("tasks").size() + " of " + sago.get("shown").asInt()
                    + " tasks (" + sago.get("error").asText("no error") + "), but specls reports no error");
            return;
        }
        boolean sagoErrors = false;
        for (JsonNode issue : sago.get("issues")) {
            sagoErrors |= issue.get("severity").asText().equals("error");
        }
        if (sagoErrors) {
            assertFalse(errors.isEmpty(), "sago's lint reports an error, specls none");
            return;
        }
        Set<String> allowed = new TreeSet<>();
        sago.path("specls_errors").forEach(code -> allowed.add(code.asText()));
        assertEquals(allowed, errors, "sago reads every task and its lint finds no error");
    }

    private static Set<String> errors(Path plan) throws IOException {
        Path specSet = Files.createTempDirectory(folder, "spec-set");
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFile(Files.copy(plan, specSet.resolve("PLAN.md")));
        SpecSet set = workspace.specSets().iterator().next();
        Set<String> codes = new TreeSet<>();
        for (Finding finding : new Checker(Formats.BUILT_IN.rules(), Settings.defaults()).check(set).getOrDefault(set.planUri(), List.of())) {
            if (finding.severity() == Severity.ERROR) {
                codes.add(finding.code());
            }
        }
        return codes;
    }
}
