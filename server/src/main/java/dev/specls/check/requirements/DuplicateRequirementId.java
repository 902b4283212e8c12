package dev.specls.check.requirements;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/** {@code req/duplicate-id}: two declarations of one canonical id ({@code FR-1} and {@code FR-001}). */
final class DuplicateRequirementId extends AbstractRule {

    DuplicateRequirementId() {
        super("req/duplicate-id", Severity.ERROR,
                "Two requirements declare the same id (ids compare without case and leading zeros: FR-1 is FR-001).");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of();
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.requirements();
        if (file == null || file.requirements() == null) {
            return;
        }
        for (Requirement requirement : file.requirements().requirements()) {
            Requirement first = specSet.requirements(requirement.canonicalId()).get(0);
            if (first == requirement) {
                continue;
            }
            int firstLine = file.lineIndex().lineOf(first.idSpan().start()) + 1;
            String sameId = first.id().equals(requirement.id())
                    ? ""
                    : " (\"" + requirement.id() + "\" and \"" + first.id() + "\" are the same id: ids compare without case and leading zeros)";
            sink.report(file.uri(), requirement.idSpan(),
                    requirement.id() + " is already declared on line " + firstLine + sameId
                            + ": a task that cites it cannot say which of the two it implements, and coverage and done checks "
                            + "read only the first. Give this requirement an id of its own, or merge the two lines.",
                    List.of(new Related(file.uri(), first.idSpan(), "first declaration of " + first.id())));
        }
    }
}
