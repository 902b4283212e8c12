package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/**
 * {@code state/name-mismatch}: a task line whose name is not the plan task's {@code <name>}, compared
 * trimmed, without case and with runs of whitespace as one space. Often the sign of a renumbered plan:
 * the status now belongs to a different task.
 */
final class StateNameMismatch extends AbstractRule {

    StateNameMismatch() {
        super("state/name-mismatch", Severity.HINT,
                "A STATE.md task line names the task differently from the plan's <name>.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null || !specSet.sagoPlan()) {
            return;
        }
        for (StateEntry entry : file.state().entries()) {
            Task task = specSet.task(entry.taskId());
            if (task == null || task.name() == null || task.nameText().isEmpty() || entry.name().isEmpty() || entry.nameSpan().isEmpty()
                    || TaskNames.normalized(entry.name()).equals(TaskNames.normalized(task.nameText()))) {
                continue;
            }
            sink.report(file.uri(), entry.nameSpan(), "STATE.md calls task " + entry.taskId() + " \"" + entry.name()
                    + "\", but PLAN.md names it \"" + task.nameText() + "\": the line may record a task of an older plan "
                    + "under a reused id. Check that " + entry.taskId() + " is the task this line records, then use the plan's name.",
                    List.of(new Related(specSet.planUri(), task.name().textSpan(), "the name of task " + task.id() + " in PLAN.md")));
        }
    }
}
