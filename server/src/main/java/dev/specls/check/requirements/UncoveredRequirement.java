package dev.specls.check.requirements;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.Set;

/**
 * {@code req/uncovered}: an in-scope requirement that no task mentions. Only in a plan that cites
 * requirement ids at all: a plan without traceability would otherwise flag every requirement.
 */
final class UncoveredRequirement extends AbstractRule {

    UncoveredRequirement() {
        super("req/uncovered", Severity.WARNING,
                "An in-scope requirement that no task of a traceable plan mentions.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.CITATIONS);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.requirements();
        if (file == null || file.requirements() == null || specSet.plan() == null) {
            return;
        }
        Coverage coverage = Coverage.of(specSet);
        if (!coverage.citesADeclaredRequirement()) {
            return;
        }
        for (Requirement requirement : file.requirements().requirements()) {
            // A checked requirement is already met; a duplicate declaration is req/duplicate-id's finding.
            if (!requirement.inScope() || Boolean.TRUE.equals(requirement.checked()) || requirement.idSpan().isEmpty()
                    || coverage.isCited(requirement.canonicalId())
                    || specSet.requirements(requirement.canonicalId()).get(0) != requirement) {
                continue;
            }
            sink.report(file.uri(), requirement.idSpan(), requirement.id() + " is in scope, but no task in PLAN.md mentions it, "
                    + "so the coding agent has no task that implements it. Add \"" + requirement.id() + "\" to the task that "
                    + "implements it (in its name, action or done text, or a <requirements> child), or move the requirement "
                    + "under a V2, Future or Out of Scope heading.");
        }
    }
}
