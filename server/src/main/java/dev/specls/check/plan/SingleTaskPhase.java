package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/** A phase with exactly one task (sago SINGLE_TASK_PHASE). */
final class SingleTaskPhase extends ReadablePlanRule {

    SingleTaskPhase() {
        super("plan/single-task-phase", Severity.HINT,
                "A phase holds a single task (sago SINGLE_TASK_PHASE): a whole phase, with its review, for one task.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        for (Phase phase : plan.phases()) {
            if (phase.tasks().size() == 1) {
                sink.report(specSet.planUri(), StructureSpans.phase(phase), StructureLabels.phase(phase)
                        + " has a single task: sago lint-plan suggests SINGLE_TASK_PHASE, since each phase ends with its own review and STATE.md entry. "
                        + "Merge it into a neighbouring phase, or split the task.");
            }
        }
    }
}
