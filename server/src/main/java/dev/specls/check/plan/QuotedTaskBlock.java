package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/** The plan's fence stands in a blockquote: sago reads the raw text, so the {@code >} markers become XML text. */
final class QuotedTaskBlock extends AbstractRule {

    QuotedTaskBlock() {
        super("plan/quoted-task-block", Severity.ERROR,
                "The plan's fence is in a blockquote: sago reads the > markers as part of the XML and cannot parse the plan.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.QUOTED) {
            return;
        }
        SourceFile file = specSet.plan();
        sink.report(file.uri(), plan.reading().cause(), "The plan's fence stands in a blockquote, and sago reads the raw text: the > that starts "
                + "each line becomes part of the XML, " + SagoReading.outcome(plan) + ". Take the fence out of the blockquote.");
    }
}
