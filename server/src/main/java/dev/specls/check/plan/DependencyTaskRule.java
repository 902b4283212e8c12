package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.Severity;
import dev.specls.check.TaskRule;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/**
 * A rule about one task's place in the dependency graph, which sago builds from whatever tasks it can
 * read, broken XML or not; the checker runs it in its one pass over the tasks.
 */
abstract class DependencyTaskRule extends AbstractRule implements TaskRule {

    DependencyTaskRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    public final boolean appliesTo(SpecSet specSet, PlanDocument plan) {
        return true;
    }
}
