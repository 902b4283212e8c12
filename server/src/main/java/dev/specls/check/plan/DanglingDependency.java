package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A {@code depends_on} entry that names no task (sago's INVALID_DEPENDENCY). */
final class DanglingDependency extends AbstractRule {

    DanglingDependency() {
        super("plan/dangling-dependency", Severity.ERROR,
                "A task depends on an id that no task declares, so sago never schedules it.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanGraph graph = specSet.graph();
        List<String> declaredIds = null;
        for (Task task : graph.tasks()) {
            for (Ref ref : task.dependsOn()) {
                if (graph.task(ref.value()) != null) {
                    continue;
                }
                if (declaredIds == null) {
                    declaredIds = declaredIds(graph);
                }
                sink.report(specSet.planUri(), ref.span(), message(task, ref.value(), declaredIds));
            }
        }
    }

    /** Distinct ids in document order, so that ties in "did you mean" go to the earlier task. */
    private static List<String> declaredIds(PlanGraph graph) {
        Set<String> ids = new LinkedHashSet<>();
        for (Task task : graph.tasks()) {
            if (!task.id().isEmpty()) {
                ids.add(task.id());
            }
        }
        return new ArrayList<>(ids);
    }

    private static String message(Task task, String missing, List<String> declaredIds) {
        String label = DependencySpans.label(task);
        for (String declared : declaredIds) {
            if (!declared.equals(missing) && TaskId.strip(declared).equals(missing)) {
                return "Task " + label + " depends on \"" + missing + "\", which no task declares: the task it means is declared as \"" + declared
                        + "\", white space included, and sago does not trim ids, so sago lint-plan reports INVALID_DEPENDENCY and never schedules "
                        + label + ". Remove the white space from that id.";
            }
        }
        // Suggesting the task's own id would only trade this error for a self-dependency.
        String suggestion = Suggestions.closest(missing, declaredIds.stream().filter(id -> !id.equals(task.id())).toList());
        return "Task " + label + " depends on \"" + missing + "\", which no task declares: sago lint-plan reports "
                + "INVALID_DEPENDENCY and sago never schedules " + label + "."
                + (suggestion == null ? " Remove it" : " Did you mean \"" + suggestion + "\"? Otherwise remove it")
                + " or add task " + missing + ".";
    }
}
