package dev.specls.features.fixes;

import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/shadowed-task-block}: tag the example fences that sago's {@code ```xml} search reaches
 * before the plan as {@code ```text}, so that sago reads the plan. Offered only when every {@code ```xml}
 * that stands in the way opens such a fence (one written in the prose is the author's to reword), and
 * when the plan, read again, is what sago then reads.
 */
final class ShadowedTaskBlockFix implements QuickFix {

    private static final String XML_FENCE = "```xml";

    @Override
    public String code() {
        return "plan/shadowed-task-block";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.READS_OTHER_BLOCK) {
            return List.of();
        }
        String text = input.text();
        PlanRegion target = plan.reading().plan();
        boolean planIsXmlFence = target.fenced() && text.startsWith(XML_FENCE, target.infoSpan().start() - 3);
        int searchEnd = planIsXmlFence ? target.span().start() : text.length();
        PlanRewrite rewrite = new PlanRewrite(input);
        int fences = 0;
        for (int at = text.indexOf(XML_FENCE); at >= 0 && at < searchEnd; at = text.indexOf(XML_FENCE, at + XML_FENCE.length())) {
            PlanRegion fence = openedAt(plan, at);
            if (fence == null) {
                return List.of();
            }
            if (fence != target) {
                rewrite.replace(infoWord(text, fence), "text");
                fences++;
            }
        }
        int planLine = input.file().lineIndex().lineOf(target.span().start()) + 1;
        String title = (fences == 1 ? "Fence the example as ```text" : "Fence the " + fences + " examples as ```text")
                + ", so that sago reads the plan at line " + planLine;
        return rewrite.offer(title, edited -> edited.reading().verdict() != BlockReading.Verdict.READS_OTHER_BLOCK && edited.block() != null
                && edited.tasks().size() >= target.taskCount());
    }

    /** The fence whose opening backticks are those of the {@code ```xml} at {@code at}, or {@code null}. */
    private static PlanRegion openedAt(PlanDocument plan, int at) {
        for (PlanRegion region : plan.regions()) {
            if (region.fenced() && region.infoSpan().start() == at + 3) {
                return region;
            }
        }
        return null;
    }

    /** The fence's language: its info string up to the first space. */
    private static Span infoWord(String text, PlanRegion fence) {
        int end = fence.infoSpan().start();
        while (end < fence.infoSpan().end() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new Span(fence.infoSpan().start(), end);
    }
}
