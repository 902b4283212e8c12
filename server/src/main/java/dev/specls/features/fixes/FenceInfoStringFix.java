package dev.specls.features.fixes;

import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.text.Span;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code plan/fence-info-string}: leave just {@code ```xml} on the fence's line. */
final class FenceInfoStringFix implements QuickFix {

    @Override
    public String code() {
        return "plan/fence-info-string";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.INFO_STRING) {
            return List.of();
        }
        Span tail = plan.reading().cause();
        int fenceEnd = plan.block().span().start() + "```xml".length();
        return new PlanRewrite(input).replace(new Span(fenceEnd, tail.end()), "")
                .offer("Remove `" + tail.of(input.text()) + "` from the fence line", edited -> edited.reading().verdict() != BlockReading.Verdict.INFO_STRING);
    }
}
