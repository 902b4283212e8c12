package dev.specls.features.fixes;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/dependency-cycle}: break the cycle by removing one of its explicit edges, one action per
 * edge ({@code Remove dependency 1.1 → 1.2}). An implicit edge cannot be removed by itself; a task's
 * last explicit entry takes the attribute with it only when its new implicit edges close no cycle.
 */
final class DependencyCycleFix implements QuickFix {

    @Override
    public String code() {
        return "plan/dependency-cycle";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecSet specSet = input.specSet();
        PlanGraph.Cycle cycle = cycleThrough(specSet, input.finding().span());
        if (cycle == null) {
            return List.of();
        }
        List<Task> path = cycle.path();
        List<CodeAction> actions = new ArrayList<>();
        for (int i = 0; i < path.size() - 1; i++) {
            input.context().cancellation().checkCanceled();
            if (cycle.edgeIsImplicit().get(i)) {
                continue;
            }
            CodeAction action = removeEdge(input, path.get(i), path.get(i + 1));
            if (action != null) {
                actions.add(action);
            }
        }
        if (actions.size() == 1) {
            actions.get(0).setIsPreferred(true);
        }
        return actions;
    }

    /** The cycle one of whose explicit edges is written at {@code span}. */
    private static PlanGraph.Cycle cycleThrough(SpecSet specSet, Span span) {
        for (PlanGraph.Cycle cycle : specSet.graph().cycles()) {
            List<Task> path = cycle.path();
            for (int i = 0; i < path.size() - 1; i++) {
                if (cycle.edgeIsImplicit().get(i)) {
                    continue;
                }
                for (Ref ref : path.get(i).dependsOn()) {
                    if (ref.span().equals(span) && ref.value().equals(path.get(i + 1).id())) {
                        return cycle;
                    }
                }
            }
        }
        return null;
    }

    private static CodeAction removeEdge(Input input, Task task, Task dependency) {
        String text = input.text();
        String title = "Remove dependency " + task.id() + " → " + dependency.id();
        Edits edits = new Edits(input.context().encoding());
        String rest = PlanText.dependsOnWithout(text, task, dependency.id());
        if (rest != null) {
            edits.replace(input.file(), task.dependsOnAttribute().valueSpan(), rest);
            return edits.quickFix(title, input.diagnostic(), false);
        }
        Span attribute = PlanText.attributeWithLeadingSpace(text, task.dependsOnAttribute());
        if (attribute == null || !PlanText.canDropDependsOn(input.specSet(), task)) {
            return null;
        }
        edits.delete(input.file(), attribute);
        boolean first = PlanText.earlierInPhase(input.specSet().planDocument(), task).isEmpty();
        return edits.quickFix(title + (first ? "" : " (" + task.id() + " then waits for every earlier task of its phase)"),
                input.diagnostic(), false);
    }
}
