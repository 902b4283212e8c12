package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/**
 * An explicit dependency on a task further down the same phase. sago accepts it, but readers and
 * coding agents take the file's order for the order of work.
 */
final class ForwardDependency extends DependencyTaskRule {

    ForwardDependency() {
        super("plan/forward-dependency", Severity.INFORMATION,
                "A task depends on a task written after it in the same phase, so the file's order misleads readers and agents.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        PlanGraph graph = specSet.graph();
        for (Ref ref : task.dependsOn()) {
            Task dependency = graph.task(ref.value());
            if (dependency == null || dependency.phaseIndex() != task.phaseIndex() || dependency.ordinal() <= task.ordinal()) {
                continue;
            }
            String label = DependencySpans.label(task);
            sink.report(specSet.planUri(), ref.span(), "Task " + label + " depends on \"" + ref.value()
                    + "\", which comes later in the same phase: sago accepts this, but readers and coding agents take the order "
                    + "of the file for the order of work. Move task " + ref.value() + " above " + label + ".",
                    List.of(new Related(specSet.planUri(), DependencySpans.anchor(dependency), "task " + ref.value() + " is declared here")));
        }
    }
}
