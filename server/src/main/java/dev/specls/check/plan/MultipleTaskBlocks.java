package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * A later block with phases that sago never reads. A later {@code ```xml} fence without phases (an
 * example snippet) loses nothing, so it is left alone. An upper-case {@code ```XML} fence is no block
 * of its own for sago: a {@code <phases>} inside it is reported here when another block comes first,
 * and by {@code plan/no-task-block} when nothing else is found.
 */
final class MultipleTaskBlocks extends AbstractRule {

    private static final String PHASE_TAG = "<phase";

    MultipleTaskBlocks() {
        super("plan/multiple-task-blocks", Severity.WARNING,
                "A second block of phases that sago ignores: it reads only the first ```xml fence or <phases> element.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() == null) {
            return;
        }
        SourceFile file = specSet.plan();
        String text = file.text();
        Span read = StructureSpans.openingLine(file, plan.block().span());
        for (TaskBlock ignored : plan.ignoredBlocks()) {
            if (!holdsPhases(text, ignored.contentSpan())) {
                continue;
            }
            sink.report(file.uri(), StructureSpans.openingLine(file, ignored.span()),
                    "sago reads only the first task block (line " + StructureSpans.lineNumber(file, read.start())
                            + ") and ignores this one, so none of its tasks ever run. Move its phases into the first block, or delete it.",
                    List.of(new Related(file.uri(), read, "the block sago reads")));
        }
    }

    private static boolean holdsPhases(String text, Span content) {
        int found = text.indexOf(PHASE_TAG, content.start());
        return found >= 0 && found + PHASE_TAG.length() <= content.end();
    }
}
