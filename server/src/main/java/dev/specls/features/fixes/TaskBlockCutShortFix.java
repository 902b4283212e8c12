package dev.specls.features.fixes;

import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/task-block-cut-short}: write every run of three backticks inside the plan's fence as
 * {@code &#96;&#96;&#96;}. sago's regular expression no longer stops there, and its XML reader turns the
 * references back into backticks, so the agent reads the same text.
 */
final class TaskBlockCutShortFix implements QuickFix {

    private static final String BACKTICKS = "```";
    private static final String ESCAPED = "&#96;&#96;&#96;";

    @Override
    public String code() {
        return "plan/task-block-cut-short";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.CUT_SHORT) {
            return List.of();
        }
        String text = input.text();
        PlanRegion fence = plan.reading().plan();
        PlanRewrite rewrite = new PlanRewrite(input);
        int from = plan.block().contentSpan().start();
        for (int at = text.indexOf(BACKTICKS, from); at >= 0 && at + BACKTICKS.length() <= fence.contentSpan().end();
                at = text.indexOf(BACKTICKS, at + BACKTICKS.length())) {
            rewrite.replace(new Span(at, at + BACKTICKS.length()), ESCAPED);
        }
        return rewrite.offer("Write the backticks inside the plan as &#96;&#96;&#96;",
                edited -> edited.reading().verdict() != BlockReading.Verdict.CUT_SHORT && edited.readableBySago());
    }
}
