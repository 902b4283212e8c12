package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * Three backticks inside the plan's fence (in an {@code <action>}, a {@code <verify>}, or a closing fence
 * on a content line): sago's block ends at the first {@code ```} after {@code ```xml}, so the rest of the
 * plan is never read, and the XML it does read is usually cut in the middle of an element.
 */
final class TaskBlockCutShort extends AbstractRule {

    TaskBlockCutShort() {
        super("plan/task-block-cut-short", Severity.ERROR,
                "Three backticks inside the plan end sago's block early: sago reads the plan only up to them.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.CUT_SHORT) {
            return;
        }
        SourceFile file = specSet.plan();
        Span backticks = plan.reading().cause();
        PlanRegion fence = plan.reading().plan();
        int fenceEnd = fence.closed() ? StructureSpans.lineNumber(file, fence.span().end()) : StructureSpans.lineNumber(file, file.text().length());
        sink.report(file.uri(), backticks,
                "sago's block ends at the first ``` after ```xml, and these backticks stand inside the plan, whose fence closes at line " + fenceEnd
                        + ": sago reads only up to here, " + SagoReading.outcome(plan) + ". Write them as &#96;&#96;&#96;, which the XML reader "
                        + "turns back into three backticks.",
                List.of(new Related(file.uri(), StructureSpans.openingLine(file, plan.block().span()), "the ```xml where sago's block starts")));
    }
}
