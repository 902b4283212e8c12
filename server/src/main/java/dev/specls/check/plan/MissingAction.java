package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Rule;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task without an action (sago EMPTY_ACTION). */
final class MissingAction implements Rule {

    @Override
    public String code() {
        return "plan/missing-action";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A task has no action (sago EMPTY_ACTION), so the coding agent is not told what to do.";
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        MissingField.report(specSet, sink, "action", Task::action,
                "sago lint-plan reports EMPTY_ACTION and the coding agent has only the task name to work from. "
                        + "Describe what to build or change.");
    }
}
