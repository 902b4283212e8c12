package dev.specls.features.fixes;

import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code plan/quoted-task-block}: take the plan's fence out of the blockquote, line by line. */
final class QuotedTaskBlockFix implements QuickFix {

    @Override
    public String code() {
        return "plan/quoted-task-block";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.QUOTED) {
            return List.of();
        }
        String text = input.text();
        PlanRegion fence = plan.reading().plan();
        PlanRewrite rewrite = new PlanRewrite(input);
        int lineStart = PlanText.lineStart(text, fence.span().start());
        while (lineStart < fence.span().end()) {
            Span markers = markers(text, lineStart);
            if (!markers.isEmpty()) {
                rewrite.replace(markers, "");
            }
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        return rewrite.offer("Take the plan out of the blockquote", edited -> edited.reading().verdict() != BlockReading.Verdict.QUOTED);
    }

    /** The {@code >} markers that open the line, each with the one space after it. */
    private static Span markers(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) == '>') {
            end++;
            if (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
        }
        return end > i ? new Span(lineStart, end) : Span.at(lineStart);
    }
}
