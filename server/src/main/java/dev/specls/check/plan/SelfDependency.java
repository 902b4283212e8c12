package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task that lists its own id in {@code depends_on}: a cycle of one, which sago can never schedule. */
final class SelfDependency extends DependencyTaskRule {

    SelfDependency() {
        super("plan/self-dependency", Severity.ERROR,
                "A task lists its own id in depends_on, so it waits for itself forever.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        if (task.id().isEmpty()) {
            return;
        }
        for (Ref ref : task.dependsOn()) {
            if (ref.value().equals(task.id())) {
                sink.report(specSet.planUri(), ref.span(), "Task " + task.id() + " depends on itself: sago lint-plan reports "
                        + "DEPENDENCY_CYCLE and sago never schedules " + task.id() + ". Remove \"" + task.id()
                        + "\" from its depends_on.");
            }
        }
    }
}
