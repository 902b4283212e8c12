package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task without a verify command (sago EMPTY_VERIFY). */
final class MissingVerify extends AbstractRule {

    MissingVerify() {
        super("plan/missing-verify", Severity.WARNING,
                "A task has no verify command (sago EMPTY_VERIFY), so nothing checks that it worked.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        MissingField.report(specSet, sink, "verify", Task::verify,
                "sago lint-plan reports EMPTY_VERIFY, and nothing checks the task's result before the next task builds on it. "
                        + "Add a command that exits 0 only when the task worked, such as pytest tests/test_config.py.");
    }
}
