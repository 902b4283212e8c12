package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task whose action exceeds sago's BROAD_TASK limit. */
final class BroadTask extends ReadableTaskRule {

    /** sago's BROAD_TASK threshold, in characters as Python's len counts them (code points). */
    private static final int MAX_ACTION_LENGTH = 2000;

    BroadTask() {
        super("plan/broad-task", Severity.INFORMATION,
                "A task's action is longer than 2000 characters (sago BROAD_TASK): the task tries to do too much at once.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        String action = task.actionText();
        int length = action.codePointCount(0, action.length());
        if (length > MAX_ACTION_LENGTH) {
            sink.report(specSet.planUri(), task.action().element().nameSpan(), StructureLabels.task(task) + " has an action "
                    + length + " characters long (more than " + MAX_ACTION_LENGTH
                    + "): sago lint-plan reports BROAD_TASK, and an agent handed this much in one task tends to skip parts of it. "
                    + "Split it into smaller tasks.");
        }
    }
}
