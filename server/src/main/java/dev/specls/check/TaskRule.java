package dev.specls.check;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/**
 * A rule that looks at one task at a time. The checker runs every such rule in one pass over the
 * plan's tasks, so each task is read once while it is in cache rather than once per rule.
 */
public interface TaskRule extends Rule {

    /** Whether the rule reads the tasks of this spec set's plan at all. */
    boolean appliesTo(SpecSet specSet, PlanDocument plan);

    /** Checks one task of the plan. */
    void check(SpecSet specSet, Task task, FindingSink sink);

    /**
     * True when what the rule reports of a task depends on that task's element alone, with what precedes it
     * in the file (its namespaces, the DOCTYPE) and the spec set's folder, and its findings lie inside the
     * element: then after an edit the checker replays what it said of every task the edit did not reach.
     */
    default boolean readsOnlyItsTask() {
        return false;
    }

    @Override
    default void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan != null && appliesTo(specSet, plan)) {
            for (Task task : plan.tasks()) {
                check(specSet, task, sink);
            }
        }
    }
}
