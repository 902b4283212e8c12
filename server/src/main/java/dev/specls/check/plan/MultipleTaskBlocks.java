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
 * Another block holding phases and tasks that sago never reads: it reads one block only. A snippet without a
 * phase (the format of one task, say) and a block fenced in another language ({@code ```text}) are examples
 * and lose nothing, so they are left alone.
 */
final class MultipleTaskBlocks extends AbstractRule {

    MultipleTaskBlocks() {
        super("plan/multiple-task-blocks", Severity.ERROR,
                "A second block of phases and tasks: sago reads only one block, so none of this one's tasks ever run.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() == null) {
            return;
        }
        SourceFile file = specSet.plan();
        BlockReading reading = plan.reading();
        Span read = StructureSpans.openingLine(file, plan.block().span());
        for (PlanRegion region : plan.regions()) {
            if (!region.candidate() || !region.holdsPlan() || region == reading.read() || region == reading.plan()) {
                continue;
            }
            sink.report(file.uri(), StructureSpans.openingLine(file, region.span()),
                    "sago reads only one block, " + SagoReading.where(file, plan) + ", and ignores this one, so "
                            + (region.taskCount() == 1 ? "its task never runs" : "none of its " + region.taskCount() + " tasks ever runs")
                            + ". Move its phases into that block, or delete it"
                            + (region.fenced() ? " (fence it as ```text if it is an example)." : "."),
                    List.of(new Related(file.uri(), read, "the block sago reads")));
        }
    }
}
