package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task id that sago's STATE.md reader cannot recognise, so the task never shows as done. */
final class TaskIdFormat extends ReadablePlanRule {

    TaskIdFormat() {
        super("plan/task-id-format", Severity.WARNING,
                "A task id is not of the form N.M, which is the only form sago's STATE.md reader recognises.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        for (Task task : plan.tasks()) {
            // An id that is N.M but for white space around it is plan/task-id-whitespace's.
            String trimmed = TaskIdWhitespace.strip(task.id());
            if (!trimmed.isEmpty() && !isStateId(task.id()) && !isStateId(trimmed)) {
                sink.report(specSet.planUri(), StructureSpans.task(task), "Task id \"" + task.id()
                        + "\" is not of the form N.M (phase.task, like 2.1): sago's STATE.md reader only recognises N.M ids, "
                        + "so this task can never be recorded as done and sago keeps offering it. Rename it, and every depends_on naming it.");
            }
        }
    }

    /** sago's state reader matches Python's {@code \d+\.\d+}, whose {@code \d} is any Unicode decimal digit. */
    private static boolean isStateId(String id) {
        int dot = id.indexOf('.');
        return dot > 0 && isDigits(id, 0, dot) && isDigits(id, dot + 1, id.length());
    }

    private static boolean isDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
            if (!Character.isDigit(text.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }
}
