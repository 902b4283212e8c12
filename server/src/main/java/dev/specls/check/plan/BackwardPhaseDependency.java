package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/** A dependency on a task of a later phase (sago's BACKWARD_DEPENDENCY): phases are meant to finish in order. */
final class BackwardPhaseDependency extends DependencyTaskRule {

    BackwardPhaseDependency() {
        super("plan/backward-phase-dependency", Severity.ERROR,
                "A task depends on a task of a later phase, so its own phase cannot finish first.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        PlanGraph graph = specSet.graph();
        PlanDocument plan = specSet.planDocument();
        for (Ref ref : task.dependsOn()) {
            Task dependency = graph.task(ref.value());
            if (dependency == null || dependency.phaseIndex() <= task.phaseIndex()) {
                continue;
            }
            String label = DependencySpans.label(task);
            String phase = DependencySpans.phaseName(plan, dependency.phaseIndex());
            sink.report(specSet.planUri(), ref.span(), "Task " + label + " depends on \"" + ref.value() + "\", which is in a later phase (\""
                    + phase + "\"): sago lint-plan reports BACKWARD_DEPENDENCY, and the phase of " + label
                    + " cannot be finished before that later phase has started. Move " + ref.value() + " into an earlier phase, or move "
                    + label + " into \"" + phase + "\" or after it.",
                    List.of(new Related(specSet.planUri(), DependencySpans.anchor(dependency), "task " + ref.value() + " is declared in \"" + phase + "\"")));
        }
    }
}
