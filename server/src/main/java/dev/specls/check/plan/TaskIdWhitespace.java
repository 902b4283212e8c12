package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/**
 * An id with white space around it: sago keeps ids exactly as written, so {@code id="1.1 "} is not
 * {@code 1.1}. A {@code depends_on} naming 1.1 (which sago trims) names no task, and STATE.md, read with
 * {@code \d+\.\d+}, can never record the task as done.
 */
final class TaskIdWhitespace extends ReadableTaskRule {

    TaskIdWhitespace() {
        super("plan/task-id-whitespace", Severity.ERROR,
                "A task id with white space around it: sago does not trim ids, so depends_on and STATE.md never match it.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        String trimmed = TaskId.strip(task.id());
        if (trimmed.isEmpty() || trimmed.equals(task.id())) {
            return;
        }
        sink.report(specSet.planUri(), task.idAttribute().valueSpan(), "sago keeps ids exactly as written, so this task's id is \""
                + task.id() + "\", white space included, not \"" + trimmed + "\": depends_on=\"" + trimmed + "\" names no task for sago, "
                + "which never schedules the tasks that wait for it, and STATE.md can never record it as done. Remove the white space.");
    }
}
