package dev.specls.check.plan;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SpecSet;

/**
 * The plan as sago reads it, for the rules about its content. When the XML is broken sago reads
 * nothing, and the tolerant tree may have nested elements wrongly (an unclosed {@code <name>} swallows
 * the task's other fields), so content rules stay silent until {@code plan/xml-syntax} is fixed.
 */
final class ReadablePlan {

    private ReadablePlan() {
    }

    /** The parsed plan when sago can read it, else {@code null}. */
    static PlanDocument of(SpecSet specSet) {
        PlanDocument plan = specSet.planDocument();
        return plan != null && plan.readableBySago() ? plan : null;
    }
}
