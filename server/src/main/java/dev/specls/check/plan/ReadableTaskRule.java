package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.Severity;
import dev.specls.check.TaskRule;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/** A {@link ReadablePlanRule} that looks at one task at a time, so that the checker runs it in its one pass over the tasks. */
abstract class ReadableTaskRule extends AbstractRule implements TaskRule {

    ReadableTaskRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    public final boolean appliesTo(SpecSet specSet, PlanDocument plan) {
        return ReadablePlanRule.readable(specSet, plan);
    }
}
