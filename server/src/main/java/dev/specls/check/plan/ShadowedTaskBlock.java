package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;

/** A first {@code ```xml} fence without {@code <phases>} that hides the real plan from sago. */
final class ShadowedTaskBlock extends AbstractRule {

    ShadowedTaskBlock() {
        super("plan/shadowed-task-block", Severity.ERROR,
                "The first ```xml fence holds no <phases>, yet sago reads it and ignores the real <phases> block further down.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() == null || plan.phasesBlockShadowed() == null) {
            return;
        }
        SourceFile file = specSet.plan();
        Span ignored = plan.phasesBlockShadowed();
        sink.report(file.uri(), StructureSpans.openingLine(file, plan.block().span()),
                "sago reads the first ```xml fence, and this one holds no <phases>, so sago reads no tasks; the <phases> block at line "
                        + StructureSpans.lineNumber(file, ignored.start()) + " is ignored. "
                        + "Open this fence with ``` or another language, or move the plan into it.",
                List.of(new Related(file.uri(), StructureSpans.openingLine(file, ignored), "the plan sago ignores")));
    }
}
