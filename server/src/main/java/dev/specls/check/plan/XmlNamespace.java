package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.BlockReading;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * What expat's namespace processing rejects, which a reader without it accepts: an undeclared prefix,
 * {@code xmlns:p=""}, a reserved prefix or namespace, two attributes that are equal once their prefixes are
 * expanded. sago's ElementTree reads with namespaces, so the whole plan is unparseable.
 */
final class XmlNamespace extends AbstractRule {

    XmlNamespace() {
        super("plan/xml-namespace", Severity.ERROR,
                "A namespace mistake (an undeclared prefix, an undeclared xmlns:p=\"\", a reserved prefix) makes the plan unparseable for sago.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() == null || plan.reading().verdict() != BlockReading.Verdict.READS_PLAN) {
            return;
        }
        SourceFile file = specSet.plan();
        for (XmlNames.Problem problem : plan.names().problems()) {
            String advice = problem.kind() == XmlNames.ProblemKind.UNBOUND_PREFIX
                    ? " Drop the prefix, or declare it with xmlns:" + problem.prefix() + "=\"…\" on the root element."
                    : ".";
            sink.report(file.uri(), StructureSpans.nonEmpty(file.text(), problem.span()),
                    "sago cannot parse the plan and runs no task: " + problem.message() + advice);
        }
    }
}
