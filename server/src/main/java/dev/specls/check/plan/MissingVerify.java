package dev.specls.check.plan;

import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;

/** A task without a verify command (sago EMPTY_VERIFY). */
final class MissingVerify extends MissingField {

    MissingVerify() {
        super("plan/missing-verify", Severity.WARNING,
                "A task has no verify command (sago EMPTY_VERIFY), so nothing checks that it worked.",
                "verify", Task::verify,
                "sago lint-plan reports EMPTY_VERIFY, and nothing checks the task's result before the next task builds on it. "
                        + "Add a command that exits 0 only when the task worked, such as pytest tests/test_config.py.");
    }
}
