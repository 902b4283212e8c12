package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task without an id (sago MISSING_TASK_ID). */
final class MissingTaskId extends ReadablePlanRule {

    MissingTaskId() {
        super("plan/missing-task-id", Severity.ERROR,
                "A task has no id, so nothing can depend on it and STATE.md cannot record it.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        for (Phase phase : plan.phases()) {
            for (int position = 0; position < phase.tasks().size(); position++) {
                Task task = phase.tasks().get(position);
                // sago tests `not task.id.strip()`: an id of white space only is missing too.
                if (TaskId.strip(task.id()).isEmpty()) {
                    sink.report(specSet.planUri(), StructureSpans.task(task), StructureLabels.task(task)
                            + " has no id: sago lint-plan reports MISSING_TASK_ID, no task can depend on it and STATE.md cannot record it as done. "
                            + "Give it an id of the form N.M, such as id=\"" + (phase.index() + 1) + "." + (position + 1) + "\".");
                }
            }
        }
    }
}
