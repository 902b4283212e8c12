package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecFileKind;
import java.util.List;
import java.util.Set;

/**
 * A Saga task or milestone file whose heading names another milestone than its folder:
 * {@code # Task 3.1} in {@code milestones/02-sharing/tasks/}, {@code # Milestone 3} in
 * {@code milestones/02-sharing/}. Dependencies cite the heading's id, while the orchestrator finds the
 * file, and names its branch ({@code m2t1-…}), by its folder, so the two mean different milestones. The
 * task's own number is the heading's: renaming a task renumbers its heading, not its file.
 */
final class SagaTaskIdMismatch extends SpecFileRule {

    SagaTaskIdMismatch() {
        super("saga/id-mismatch", Severity.ERROR,
                "A Saga task or milestone heading names another milestone than its folder, so dependencies and the orchestrator mean different items.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    void check(SpecFile file, List<Declared> declaredInFile, FindingSink sink) {
        for (Declared declared : declaredInFile) {
            if (declared.item().idSpan().isEmpty()) {
                continue;
            }
            String byPlace = SpecFileKind.idByFolder(declared.file().document().role(), declared.file().uri(), declared.item().id());
            if (byPlace != null && !ItemIds.canonical(byPlace).equals(declared.key())) {
                String label = Wording.label(declared);
                sink.report(declared.file().uri(), declared.item().idSpan(), "The heading declares " + label + ", but the file's milestone folder makes it "
                        + declared.item().kind().word(SpecFormat.SAGA) + " " + byPlace + ": dependencies on " + declared.item().id()
                        + " reach this file while the orchestrator finds it, and names its branch, as " + byPlace
                        + ". Write " + byPlace + " in the heading, or move the file to the folder of its milestone.");
            }
        }
    }
}
