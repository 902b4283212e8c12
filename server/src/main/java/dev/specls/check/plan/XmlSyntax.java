package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * Every well-formedness error of the plan's block. sago stops at the first, but each one is a real mistake
 * the author must fix before sago reads anything, so all are shown at once. When sago's lookup reads the
 * wrong text (another block, a block cut short, an info string or blockquote markers taken as XML), the
 * rule about the lookup says so once, at its cause, instead of this one reporting what follows from it.
 */
final class XmlSyntax extends AbstractRule {

    XmlSyntax() {
        super("plan/xml-syntax", Severity.ERROR,
                "The plan's XML is not well-formed, so sago cannot parse the plan and runs no task.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.xml() == null || plan.reading().verdict() != BlockReading.Verdict.READS_PLAN) {
            return;
        }
        SourceFile file = specSet.plan();
        for (SyntaxProblem error : plan.xml().errors()) {
            sink.report(file.uri(), StructureSpans.nonEmpty(file.text(), error.span()),
                    "sago cannot parse the plan and runs no task: " + error.message());
        }
    }
}
