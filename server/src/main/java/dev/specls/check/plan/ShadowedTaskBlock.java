package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * sago's block lookup lands somewhere else than the plan: an example fence opened with {@code ```xml} before
 * it, {@code ```xml} written in the prose, a {@code <phases-list>} that its raw search matches. sago reads
 * that block instead and never the plan, so it runs none of the plan's tasks.
 */
final class ShadowedTaskBlock extends AbstractRule {

    ShadowedTaskBlock() {
        super("plan/shadowed-task-block", Severity.ERROR,
                "sago reads another block than the plan (an example ```xml fence, ```xml in the text, <phases-list>), so it never reads the plan's tasks.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.READS_OTHER_BLOCK) {
            return;
        }
        SourceFile file = specSet.plan();
        PlanRegion planRegion = plan.reading().plan();
        int planLine = StructureSpans.lineNumber(file, planRegion.span().start());
        sink.report(file.uri(), plan.reading().cause(),
                "sago reads " + SagoReading.where(file, plan) + ", " + SagoReading.outcome(plan) + "; the plan at line " + planLine
                        + " (" + SagoReading.count(planRegion.taskCount(), "task") + ") is never read. " + advice(plan, planLine),
                List.of(new Related(file.uri(), StructureSpans.openingLine(file, planRegion.span()), "the plan sago never reads")));
    }

    private static String advice(PlanDocument plan, int planLine) {
        PlanRegion read = plan.reading().read();
        if (plan.block().kind() == TaskBlock.Kind.PHASES_ELEMENT) {
            return "Open the plan's fence at line " + planLine + " with ```xml, which sago looks for first.";
        }
        if (read == null) {
            return "Write this without three backticks (for example `xml`), or put the plan's ```xml fence before it.";
        }
        if (read.infoSpan().start() == plan.block().span().start() + 3) {
            return "Make the plan's fence the first ```xml fence, or change this example's fence to ```text.";
        }
        return "Put the plan's ```xml fence before this block.";
    }
}
