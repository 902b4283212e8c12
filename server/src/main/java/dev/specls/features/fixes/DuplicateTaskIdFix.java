package dev.specls.features.fixes;

import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/duplicate-task-id}: give the later task the next free id of its phase. References keep
 * naming the first task, which is what sago resolves them to already.
 */
final class DuplicateTaskIdFix implements QuickFix {

    @Override
    public String code() {
        return "plan/duplicate-task-id";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecSet specSet = input.specSet();
        PlanDocument plan = specSet.planDocument();
        Task task = PlanText.taskAt(plan, input.finding().span());
        if (task == null || task.id().isEmpty() || specSet.task(task.id()) == task || task.idAttribute() == null) {
            return List.of();
        }
        String text = input.text();
        XmlAttribute id = task.idAttribute();
        int at = id.valueSpan().of(text).indexOf(task.id());
        if (at < 0) {
            return List.of();
        }
        String next = nextFreeId(specSet, plan, task);
        if (next == null) {
            return List.of();
        }
        Span idSpan = new Span(id.valueSpan().start() + at, id.valueSpan().start() + at + task.id().length());
        return List.of(new Edits(input.context().encoding()).replace(input.file(), idSpan, next)
                .quickFix("Renumber this task to " + next, input.diagnostic(), true));
    }

    /** {@code N.(largest M + 1)}, N being the duplicate's own number or else the one its phase's tasks use. */
    private static String nextFreeId(SpecSet specSet, PlanDocument plan, Task task) {
        long major = TaskId.majorOf(task.id());
        if (major < 0 && task.phaseIndex() >= 0 && task.phaseIndex() < plan.phases().size()) {
            Phase phase = plan.phases().get(task.phaseIndex());
            for (Task other : phase.tasks()) {
                major = TaskId.majorOf(other.id());
                if (major >= 0) {
                    break;
                }
            }
        }
        if (major < 0) {
            major = task.phaseIndex() + 1L;
        }
        // An id that a depends_on or STATE.md line already names would silently adopt those references.
        TaskId next = TaskId.nextFree(major, plan.tasks().stream().map(Task::id).toList(),
                candidate -> !specSet.symbols().of(SymbolIndex.Kind.TASK, candidate).isEmpty(), 999);
        return next == null ? null : next.toString();
    }
}
