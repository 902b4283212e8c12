package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.syntax.plan.Phase;
import dev.specls.testing.GoldenFixtures;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * "Sort tasks" over many generated plans (fixed seed) and every corpus and example plan: when offered, the
 * result is readable by sago, holds the same tasks in the same phases, gives every task exactly the
 * dependencies {@code specls graph} listed before (explicit plus implicit), puts every in-phase dependency
 * first (in phases without a cycle), and is not offered again.
 */
class SortTasksPropertyTest {

    @Test
    void generatedPlans() {
        Random random = new Random(20240611L);
        int offered = 0;
        for (int plan = 0; plan < 400; plan++) {
            offered += check(generate(random)) ? 1 : 0;
        }
        assertTrue(offered > 50, "too few generated plans needed sorting: " + offered);
    }

    @Test
    void corpusAndExamples() throws IOException {
        for (Path plan : FormattingCorpusTest.plans()) {
            check(GoldenFixtures.read(plan));
        }
    }

    /** True when the action was offered. */
    private static boolean check(String text) {
        FeatureContext before = FormattingCorpusTest.contextOf(text);
        CodeAction action = SortTasks.action(before, FormattingCorpusTest.PLAN);
        if (action == null) {
            return false;
        }
        SourceFile file = before.workspace().file(FormattingCorpusTest.PLAN);
        List<TextEdit> edits = action.getEdit().getChanges().get(file.uri().toString());
        String sorted = FixtureEdits.apply(before, file, edits);
        FeatureContext after = FormattingCorpusTest.contextOf(sorted);
        SourceFile result = after.workspace().file(FormattingCorpusTest.PLAN);
        assertTrue(result.plan().readableBySago(), () -> "unreadable:\n" + sorted);
        assertEquals(SortTasksFixtures.dependencySets(before, FormattingCorpusTest.PLAN),
                SortTasksFixtures.dependencySets(after, FormattingCorpusTest.PLAN), () -> text + "\n=>\n" + sorted);
        assertEquals(phaseMembers(file), phaseMembers(result), "tasks stay in their phases");
        PlanGraph graph = after.workspace().specSetOf(FormattingCorpusTest.PLAN).graph();
        for (Phase phase : result.plan().phases()) {
            if (phase.tasks().stream().anyMatch(task -> graph.layer(task) < 0)) {
                continue; // a phase with a cycle cannot be sorted and is left as it was
            }
            for (Task task : phase.tasks()) {
                for (Task dependency : graph.explicitDependencies(task)) {
                    assertTrue(dependency.phaseIndex() != task.phaseIndex() || dependency.ordinal() < task.ordinal(),
                            () -> task.id() + " before its dependency " + dependency.id() + ":\n" + sorted);
                }
            }
        }
        assertNull(SortTasks.action(after, FormattingCorpusTest.PLAN), () -> "offered again:\n" + sorted);
        return true;
    }

    private static Map<String, Integer> phaseMembers(SourceFile file) {
        Map<String, Integer> members = new HashMap<>();
        for (Task task : file.plan().tasks()) {
            members.put(task.id(), task.phaseIndex());
        }
        return members;
    }

    /** Up to three phases of up to seven tasks, in shuffled order, some without depends_on, some with an empty one. */
    private static String generate(Random random) {
        StringBuilder out = new StringBuilder("```xml\n<phases>\n");
        int phases = 1 + random.nextInt(3);
        List<String> earlierPhaseIds = new ArrayList<>();
        for (int p = 1; p <= phases; p++) {
            int n = 1 + random.nextInt(7);
            List<String> ids = new ArrayList<>();
            for (int t = 1; t <= n; t++) {
                ids.add(p + "." + t);
            }
            List<String> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, random);
            out.append("    <phase name=\"Phase ").append(p).append("\">\n");
            for (String id : shuffled) {
                int rank = ids.indexOf(id);
                List<String> dependsOn = new ArrayList<>();
                int style = random.nextInt(4);
                if (style > 0) {
                    for (int d = 0; d < rank; d++) {
                        if (random.nextInt(3) == 0) {
                            dependsOn.add(ids.get(d));
                        }
                    }
                    if (!earlierPhaseIds.isEmpty() && random.nextBoolean()) {
                        dependsOn.add(earlierPhaseIds.get(random.nextInt(earlierPhaseIds.size())));
                    }
                }
                out.append("        <task id=\"").append(id).append('"');
                if (style == 1 || !dependsOn.isEmpty()) {
                    out.append(" depends_on=\"").append(String.join(", ", dependsOn)).append('"');
                }
                out.append(">\n            <name>Task ").append(id).append("</name>\n        </task>\n");
                if (random.nextInt(5) == 0) {
                    out.append('\n');
                }
            }
            out.append("    </phase>\n");
            earlierPhaseIds.addAll(ids);
        }
        return out.append("</phases>\n```\n").toString();
    }
}
