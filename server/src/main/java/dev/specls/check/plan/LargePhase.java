package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/** A phase with more than ten tasks (sago LARGE_PHASE). */
final class LargePhase extends ReadablePlanRule {

    /** sago's LARGE_PHASE threshold. */
    private static final int MAX_TASKS = 10;

    LargePhase() {
        super("plan/large-phase", Severity.HINT,
                "A phase holds more than 10 tasks (sago LARGE_PHASE), so a lot of work runs before its review.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        for (Phase phase : plan.phases()) {
            if (phase.tasks().size() > MAX_TASKS) {
                sink.report(specSet.planUri(), StructureSpans.phase(phase), StructureLabels.phase(phase) + " has " + phase.tasks().size()
                        + " tasks (more than " + MAX_TASKS + "): sago lint-plan suggests LARGE_PHASE, since all of them run before the phase's review. "
                        + "Split it into smaller phases.");
            }
        }
    }
}
