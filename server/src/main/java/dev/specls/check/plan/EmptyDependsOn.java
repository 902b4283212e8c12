package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.Set;

/**
 * A {@code depends_on} that lists nothing ({@code ""}, {@code ", "}): sago treats it as omitted, so the
 * task silently takes the implicit dependencies the author probably meant to avoid.
 */
final class EmptyDependsOn extends DependencyTaskRule {

    EmptyDependsOn() {
        super("plan/empty-depends-on", Severity.WARNING,
                "A depends_on lists no id, so sago treats it as omitted and the task waits for every earlier task of its phase.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        PlanGraph graph = specSet.graph();
        if (task.dependsOnAttribute() == null || !task.dependsOn().isEmpty()) {
            return;
        }
        String label = DependencySpans.label(task);
        int waitsFor = graph.implicitDependencies(task).size();
        String effect = waitsFor == 0
                ? "as the first task of its phase, " + label + " then depends on nothing"
                : label + " implicitly waits for every earlier task of its phase (" + waitsFor + (waitsFor == 1 ? " task)" : " tasks)");
        sink.report(specSet.planUri(), DependencySpans.dependsOn(task), "The depends_on of task " + label
                + " lists no task id: sago treats it as omitted, so " + effect
                + ". Remove the attribute, or list the ids " + label + " needs.");
    }
}
