package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Saga task or milestone without validation criteria: the worker cannot self-verify. */
final class SagaMissingValidationCriteria extends SpecRule {

    SagaMissingValidationCriteria() {
        super("saga/missing-validation-criteria", Severity.WARNING,
                "A Saga task or milestone has no validation criteria, so its worker cannot check its own work and the orchestrator cannot accept it.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Declared declared : tree.declared()) {
            if (!declared.item().kind().scheduled() || !declared.item().criteria().isEmpty()) {
                continue;
            }
            String what = declared.item().kind() == ItemKind.TASK ? "task " : "milestone ";
            sink.report(declared.file().uri(), declared.item().criteriaTitle() != null ? declared.item().criteriaTitle() : declared.item().idSpan(),
                    Wording.capitalized(what) + declared.item().id() + " has no validation criteria: Saga's workers self-verify against them and the "
                            + "orchestrator accepts the work by them, so this one is done whenever the worker says so. Add a \"## Validation criteria\" "
                            + "list of checks that fail when the work is wrong.");
        }
    }
}
