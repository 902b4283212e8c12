package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task without an action (sago EMPTY_ACTION). */
final class MissingAction extends AbstractRule {

    MissingAction() {
        super("plan/missing-action", Severity.ERROR,
                "A task has no action (sago EMPTY_ACTION), so the coding agent is not told what to do.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        MissingField.report(specSet, sink, "action", Task::action,
                "sago lint-plan reports EMPTY_ACTION and the coding agent has only the task name to work from. "
                        + "Describe what to build or change.");
    }
}
