package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task id that sago's STATE.md reader cannot recognise, so the task never shows as done. */
final class TaskIdFormat extends ReadableTaskRule {

    TaskIdFormat() {
        super("plan/task-id-format", Severity.WARNING,
                "A task id is not of the form N.M, which is the only form sago's STATE.md reader recognises.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        // An id that is N.M but for white space around it is plan/task-id-whitespace's.
        String trimmed = TaskId.strip(task.id());
        if (!trimmed.isEmpty() && !TaskId.isSagoForm(task.id()) && !TaskId.isSagoForm(trimmed)) {
            sink.report(specSet.planUri(), StructureSpans.task(task), "Task id \"" + task.id()
                    + "\" is not of the form N.M (phase.task, like 2.1): sago's STATE.md reader only recognises N.M ids, "
                    + "so this task can never be recorded as done and sago keeps offering it. Rename it, and every depends_on naming it.");
        }
    }

}
