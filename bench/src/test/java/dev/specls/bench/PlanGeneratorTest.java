package dev.specls.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.state.StateEntry;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated spec set is what the benchmarks claim to measure: N tasks, sago-shaped, and clean. */
class PlanGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void generatesACleanPlanWithTheRequestedTasks() {
        PlanGenerator.Result result = PlanGenerator.generate(437, folder);
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);
        SpecSet specSet = workspace.specSetOf(result.plan().toUri());

        assertEquals(437, specSet.planDocument().tasks().size());
        assertEquals(List.of(), specSet.planDocument().xml().errors());
        for (Phase phase : specSet.planDocument().phases()) {
            assertTrue(phase.tasks().size() >= 8 && phase.tasks().size() <= 10, phase.name() + " has " + phase.tasks().size() + " tasks");
        }
        assertEquals(List.of(), specSet.graph().cycles());
        assertEquals(result.requirementCount() + 2, specSet.requirements().requirements().requirements().size());
        assertEquals(List.of(), specSet.requirements().requirements().unparsedLines());
        assertTrue(specSet.requirements().requirements().requirements().stream().allMatch(Requirement::readableBySago));
        Set<String> inScope = specSet.requirements().requirements().requirements().stream()
                .filter(Requirement::inScope).map(Requirement::canonicalId).collect(Collectors.toSet());
        Set<String> cited = specSet.citations().stream()
                .map(citation -> RequirementId.canonical(citation.ref().value())).collect(Collectors.toSet());
        assertEquals(inScope, cited);
        assertEquals(43, specSet.state().state().entries().size());
        assertTrue(specSet.state().state().entries().stream().allMatch(StateEntry::readableBySago));
        List<Finding> problems = new Checker(Formats.BUILT_IN.rules(), Settings.defaults()).check(specSet).values().stream()
                .flatMap(List::stream)
                .filter(finding -> finding.severity() == Severity.ERROR || finding.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void isDeterministic(@TempDir Path other) throws IOException {
        PlanGenerator.generate(120, folder);
        PlanGenerator.generate(120, other);
        for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            assertEquals(Files.readString(folder.resolve(name)), Files.readString(other.resolve(name)), name);
        }
    }
}
