package dev.specls.check.requirements;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.Set;

/** {@code req/empty-text}: a declared requirement with nothing after its id. */
final class EmptyRequirementText extends AbstractRule {

    EmptyRequirementText() {
        super("req/empty-text", Severity.WARNING,
                "A requirement has an id but no text.");
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
            if (requirement.text().isEmpty() && !requirement.idSpan().isEmpty()) {
                sink.report(file.uri(), requirement.idSpan(), requirement.id() + " has no text: the coding agent gets an id with "
                        + "nothing to implement, and sago's reader skips a requirement without text. Write what the system "
                        + "must do after the colon.");
            }
        }
    }
}
