package dev.specls.features.fixes;

import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code plan/task-id-whitespace}: remove the white space around the id, which is what its dependents name. */
final class TaskIdWhitespaceFix implements QuickFix {

    @Override
    public String code() {
        return "plan/task-id-whitespace";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        Task task = plan == null ? null : PlanText.taskAt(plan, input.finding().span());
        if (task == null || task.idAttribute() == null || !task.idAttribute().valueSpan().equals(input.finding().span())) {
            return List.of();
        }
        // Trim the id as written, so a character reference in it stays as the author wrote it.
        String trimmed = TaskId.strip(task.idAttribute().valueSpan().of(input.text()));
        return new PlanRewrite(input).replace(task.idAttribute().valueSpan(), trimmed)
                .offer("Write the id as \"" + trimmed + "\"", edited -> edited.tasks().stream().anyMatch(other -> other.id().equals(trimmed)));
    }
}
