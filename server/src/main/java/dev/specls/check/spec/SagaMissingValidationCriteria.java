package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import java.util.List;
import java.util.Set;

/** A Saga task or milestone without validation criteria: the worker cannot self-verify. */
final class SagaMissingValidationCriteria extends SpecFileRule {

    SagaMissingValidationCriteria() {
        super("saga/missing-validation-criteria", Severity.WARNING,
                "A Saga task or milestone has no validation criteria, so its worker cannot check its own work and the orchestrator cannot accept it.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    void check(SpecFile file, List<Declared> declaredInFile, FindingSink sink) {
        for (Declared declared : declaredInFile) {
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
