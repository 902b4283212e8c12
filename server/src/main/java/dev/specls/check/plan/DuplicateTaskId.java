package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/** A task id declared again (sago DUPLICATE_ID); reported at each later declaration. */
final class DuplicateTaskId extends ReadableTaskRule {

    DuplicateTaskId() {
        super("plan/duplicate-task-id", Severity.ERROR,
                "Two tasks share an id, so dependencies and STATE.md lines cannot tell them apart.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID);
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        SourceFile file = specSet.plan();
        if (task.id().isEmpty()) {
            return;
        }
        Task first = specSet.task(task.id());
        if (first == null || first == task) {
            return;
        }
        sink.report(file.uri(), StructureSpans.task(task), "Task id \"" + task.id() + "\" is already declared at line "
                        + StructureSpans.lineNumber(file, StructureSpans.task(first).start())
                        + ": sago lint-plan reports DUPLICATE_ID, and every depends_on and STATE.md line naming \"" + task.id()
                        + "\" can mean either task. Give this task an id of its own.",
                List.of(new Related(file.uri(), StructureSpans.task(first), "first declaration of " + task.id())));
    }
}
