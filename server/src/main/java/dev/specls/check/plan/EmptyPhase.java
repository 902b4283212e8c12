package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/** A phase with no task: sago has nothing to run in it. */
final class EmptyPhase extends ReadablePlanRule {

    EmptyPhase() {
        super("plan/empty-phase", Severity.WARNING,
                "A phase holds no task, so sago runs nothing in it.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        for (Phase phase : plan.phases()) {
            if (phase.tasks().isEmpty()) {
                sink.report(specSet.planUri(), StructureSpans.phase(phase), StructureLabels.phase(phase)
                        + " has no <task>: sago runs nothing in it. Add its tasks as <task> children, or delete the phase.");
            }
        }
    }
}
