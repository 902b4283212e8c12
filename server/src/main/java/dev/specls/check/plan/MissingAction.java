package dev.specls.check.plan;

import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;

/** A task without an action (sago EMPTY_ACTION). */
final class MissingAction extends MissingField {

    MissingAction() {
        super("plan/missing-action", Severity.ERROR,
                "A task has no action (sago EMPTY_ACTION), so the coding agent is not told what to do.",
                "action", Task::action,
                "sago lint-plan reports EMPTY_ACTION and the coding agent has only the task name to work from. "
                        + "Describe what to build or change.");
    }
}
