package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * Text after {@code ```xml} on the fence's line ({@code ```xml title="plan"}, {@code ```xml-doc}): sago does
 * not parse info strings, so that text becomes the start of the XML, which expat then rejects.
 */
final class FenceInfoString extends AbstractRule {

    FenceInfoString() {
        super("plan/fence-info-string", Severity.ERROR,
                "Text after ```xml on the fence line becomes part of the XML for sago, which then cannot parse the plan.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.reading().verdict() != BlockReading.Verdict.INFO_STRING) {
            return;
        }
        SourceFile file = specSet.plan();
        Span tail = plan.reading().cause();
        sink.report(file.uri(), tail, "sago does not read a fence's info string: `" + tail.of(file.text())
                + "` after ```xml becomes the start of the XML sago reads, " + SagoReading.outcome(plan)
                + ". Remove it, so that the fence line is just ```xml.");
    }
}
