package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A rule about a task's verify command as sago runs it; tasks without one, or with a blank one, are left alone. */
abstract class VerifyRule extends DependencyTaskRule {

    VerifyRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public final void check(SpecSet specSet, Task task, FindingSink sink) {
        VerifyCommand verify = VerifyCommand.of(specSet.plan().text(), task);
        if (verify != null) {
            check(specSet, task, verify, sink);
        }
    }

    /** Checks a task's non-blank verify command. */
    abstract void check(SpecSet specSet, Task task, VerifyCommand verify, FindingSink sink);
}
