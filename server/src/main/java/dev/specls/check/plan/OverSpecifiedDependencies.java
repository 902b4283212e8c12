package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A task whose explicit dependencies list every earlier task of the plan, exactly as sago's
 * OVER_SPECIFIED_DEPS decides it: from the third task on, {@code len(depends_on) >= len(prior)} and
 * {@code prior ⊆ set(depends_on)}, where {@code prior} is the set of ids of all earlier tasks.
 */
final class OverSpecifiedDependencies extends AbstractRule {

    /** sago skips the first two tasks: the second depending on the first is just a chain. */
    private static final int FIRST_CHECKED = 2;

    OverSpecifiedDependencies() {
        super("plan/over-specified-dependencies", Severity.HINT,
                "A task depends on every earlier task of the plan, which is rarely what it needs and keeps it from running in parallel.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        List<Task> tasks = specSet.graph().tasks();
        Set<String> priorIds = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            // prior ⊆ set(depends_on) needs at least |prior| entries, so only long lists are ever compared: linear overall.
            if (i >= FIRST_CHECKED && task.dependsOn().size() >= priorIds.size() && coversAll(task.dependsOn(), priorIds)) {
                String label = DependencySpans.label(task);
                sink.report(specSet.planUri(), DependencySpans.dependsOn(task), "Task " + label + " depends on every earlier task of the plan ("
                        + priorIds.size() + "): sago lint-plan suggests OVER_SPECIFIED_DEPS. Such a list is usually copied rather than "
                        + "needed, and it keeps " + label + " from running in parallel with anything. Keep only the tasks whose results "
                        + label + " uses.");
            }
            priorIds.add(task.id());
        }
    }

    private static boolean coversAll(List<Ref> dependsOn, Set<String> priorIds) {
        Set<String> covered = new HashSet<>();
        for (Ref ref : dependsOn) {
            if (priorIds.contains(ref.value())) {
                covered.add(ref.value());
            }
        }
        return covered.size() == priorIds.size();
    }
}
