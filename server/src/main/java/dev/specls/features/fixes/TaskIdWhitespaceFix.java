package dev.specls.features.fixes;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlText;
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
        String raw = task.idAttribute().valueSpan().of(input.text());
        int from = 0;
        int to = raw.length();
        while (from < to && XmlText.isPythonSpace(raw.charAt(from))) {
            from++;
        }
        while (to > from && XmlText.isPythonSpace(raw.charAt(to - 1))) {
            to--;
        }
        String trimmed = raw.substring(from, to);
        return new PlanRewrite(input).replace(task.idAttribute().valueSpan(), trimmed)
                .offer("Write the id as \"" + trimmed + "\"", edited -> edited.tasks().stream().anyMatch(other -> other.id().equals(trimmed)));
    }
}
