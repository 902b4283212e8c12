package dev.specls.features.fixes;

import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/empty-depends-on}: remove the attribute. sago reads an empty list as an omitted one, so
 * the plan means exactly what it meant before; the fix only makes that visible.
 */
final class EmptyDependsOnFix implements QuickFix {

    @Override
    public String code() {
        return "plan/empty-depends-on";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        Task task = PlanText.taskAt(input.specSet().planDocument(), input.finding().span());
        if (task == null || task.dependsOnAttribute() == null || !task.dependsOn().isEmpty()) {
            return List.of();
        }
        Span attribute = PlanText.attributeWithLeadingSpace(input.text(), task.dependsOnAttribute());
        if (attribute == null) {
            return List.of();
        }
        boolean first = PlanText.earlierInPhase(input.specSet().planDocument(), task).isEmpty();
        return List.of(new Edits(input.context().encoding()).delete(input.file(), attribute)
                .quickFix("Remove the empty depends_on (" + (first ? "the task depends on nothing"
                        : "the task keeps waiting for every earlier task of its phase") + ")", input.diagnostic(), true));
    }
}
