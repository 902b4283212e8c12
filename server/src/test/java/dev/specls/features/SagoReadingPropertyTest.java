package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.config.Settings;
import dev.specls.features.graph.GraphPhase;
import dev.specls.features.graph.GraphPlans;
import dev.specls.features.graph.GraphTask;
import dev.specls.formats.Formats;
import dev.specls.testing.PlanGenerator.ExpectedTask;
import dev.specls.testing.PlanGenerator.GeneratedPlan;
import dev.specls.testing.PlanGenerator;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The principle of the plan rules, over random plans: what {@code specls graph} prints is what sago reads
 * (as {@link PlanGenerator} works it out from how it built the plan), every plan in which sago loses a task
 * gets an error, and a plan sago reads in full gets none. Every pair of constructs is tried, then random ones.
 *
 * <p>Run with {@code -Dspecls.generatedPlans=FOLDER} to also write every plan to {@code FOLDER/NNNNN/PLAN.md},
 * with {@code FOLDER/meta.json}, for a differential run against sago's own parser outside the build;
 * {@code -Dspecls.generatedPlanCount=N} sets how many random plans follow the pairs (2000 by default).
 */
class SagoReadingPropertyTest {

    private static final URI PLAN = URI.create("file:///generated/PLAN.md");
    private static final long SEED = 20240917L;
    private static final int RANDOM_PLANS = Integer.getInteger("specls.generatedPlanCount", 2000);

    @Test
    void graphIsWhatSagoReadsAndLostTasksAreErrors() throws IOException {
        PlanGenerator generator = new PlanGenerator(SEED);
        List<GeneratedPlan> plans = new ArrayList<>();
        for (PlanGenerator.TreeConstruct tree : PlanGenerator.TreeConstruct.values()) {
            for (PlanGenerator.BlockConstruct block : PlanGenerator.BlockConstruct.values()) {
                plans.add(generator.build(tree, block));
            }
        }
        for (int i = 0; i < RANDOM_PLANS; i++) {
            plans.add(generator.next());
        }
        Checker checker = new Checker(Formats.BUILT_IN.rules(), Settings.defaults());
        List<String> failures = new ArrayList<>();
        int losing = 0;
        for (GeneratedPlan plan : plans) {
            losing += plan.losesTasks() ? 1 : 0;
            assertTrue(!plan.losesTasks() || plan.errorExpected(), () -> "the generator calls a loss fine: " + plan.constructs());
            Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
            workspace.open(PLAN, 1, plan.text());
            SpecSet specSet = workspace.specSetOf(PLAN);
            List<ExpectedTask> graph = graphTasks(specSet);
            if (!graph.equals(plan.sagoReads())) {
                failures.add(plan.constructs() + ": graph " + graph + "\n    sago reads " + plan.sagoReads());
            }
            List<Finding> errors = checker.check(specSet).getOrDefault(PLAN, List.of()).stream()
                    .filter(finding -> finding.severity() == Severity.ERROR).toList();
            if (plan.errorExpected() && errors.isEmpty()) {
                failures.add(plan.constructs() + ": sago " + (plan.losesTasks() ? "reads " + plan.sagoReads().size() + " of " + plan.shownTasks()
                        + " tasks" : "misreads it") + ", but specls reports no error");
            }
            if (!plan.errorExpected() && !errors.isEmpty()) {
                failures.add(plan.constructs() + ": sago reads every task, but specls reports " + errors.stream().map(Finding::code).toList()
                        + " " + errors.get(0).message());
            }
        }
        dump(plans);
        assertTrue(losing > plans.size() / 5, "too few plans lose tasks: " + losing + " of " + plans.size());
        assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " of " + plans.size() + " plans fail");
    }

    private static List<ExpectedTask> graphTasks(SpecSet specSet) {
        List<ExpectedTask> tasks = new ArrayList<>();
        for (GraphPhase phase : GraphPlans.of(specSet, "PLAN.md").phases()) {
            for (GraphTask task : phase.tasks()) {
                tasks.add(new ExpectedTask(task.id(), phase.name(), task.name(), task.dependsOn(), task.files(), task.verify(), task.done()));
            }
        }
        return tasks;
    }

    private static void dump(List<GeneratedPlan> plans) throws IOException {
        String folder = System.getProperty("specls.generatedPlans");
        if (folder == null) {
            return;
        }
        ObjectNode meta = new ObjectMapper().createObjectNode();
        for (int i = 0; i < plans.size(); i++) {
            GeneratedPlan plan = plans.get(i);
            String name = String.format("%05d", i);
            Path file = Path.of(folder, name, "PLAN.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, plan.text(), StandardCharsets.UTF_8);
            meta.putObject(name).put("shown", plan.shownTasks()).put("error_expected", plan.errorExpected()).put("constructs", plan.constructs());
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(folder, "meta.json").toFile(), meta);
    }
}
