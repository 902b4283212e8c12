package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/**
 * A rule about the content of a plan as sago reads it. When the XML is broken sago reads nothing,
 * and the tolerant tree may have nested elements wrongly (an unclosed {@code <name>} swallows the
 * task's other fields), so these rules stay silent until {@code plan/xml-syntax} is fixed. They stay
 * silent too while sago reads another block than the plan (an example): its content is not the plan's;
 * and while the file is not UTF-8, since sago then crashes before reading anything.
 */
abstract class ReadablePlanRule extends AbstractRule {

    ReadablePlanRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    public final void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan != null && readable(specSet, plan)) {
            check(specSet, plan, sink);
        }
    }

    /** Whether sago reads this plan's content: well-formed XML of the plan's own block, in UTF-8. */
    static boolean readable(SpecSet specSet, PlanDocument plan) {
        return plan.readsThePlan() && specSet.plan().snapshot().utf8Error() == null;
    }

    /** Checks a plan sago can read. */
    abstract void check(SpecSet specSet, PlanDocument plan, FindingSink sink);
}
