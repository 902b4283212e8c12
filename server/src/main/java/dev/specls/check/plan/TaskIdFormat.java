package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Rule;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;
import java.util.regex.Pattern;

/** A task id that sago's STATE.md reader cannot recognise, so the task never shows as done. */
final class TaskIdFormat implements Rule {

    /** sago's state reader uses Python's {@code \d+\.\d+}, whose {@code \d} matches any Unicode digit. */
    private static final Pattern STATE_ID = Pattern.compile("\\d+\\.\\d+", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public String code() {
        return "plan/task-id-format";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A task id is not of the form N.M, which is the only form sago's STATE.md reader recognises.";
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = ReadablePlan.of(specSet);
        if (plan == null) {
            return;
        }
        for (Task task : plan.tasks()) {
            if (!task.id().isEmpty() && !STATE_ID.matcher(task.id()).matches()) {
                sink.report(specSet.planUri(), StructureSpans.task(task), "Task id \"" + task.id()
                        + "\" is not of the form N.M (phase.task, like 2.1): sago's STATE.md reader only recognises N.M ids, "
                        + "so this task can never be recorded as done and sago keeps offering it. Rename it, and every depends_on naming it.");
            }
        }
    }
}
