package dev.specls.check.plan;

import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;

/** A task without a done criterion (sago MISSING_DONE). */
final class MissingDone extends MissingField {

    MissingDone() {
        super("plan/missing-done", Severity.WARNING,
                "A task has no done criterion (sago MISSING_DONE), so the coding agent does not know when to stop.",
                "done", Task::done,
                "sago lint-plan reports MISSING_DONE and the coding agent has no stated outcome to stop at. "
                        + "Say in one line what is true once the task is done.");
    }
}
