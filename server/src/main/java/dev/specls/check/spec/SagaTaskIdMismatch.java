package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/**
 * A Saga task or milestone file whose heading names another id than its folders give it: {@code # Task 2.3}
 * in {@code milestones/02-sharing/tasks/01-tokens.md}. Dependencies cite the heading's id, while the
 * orchestrator finds the file, and names its branch ({@code m2t1-…}), by its place.
 */
final class SagaTaskIdMismatch extends SpecRule {

    SagaTaskIdMismatch() {
        super("saga/id-mismatch", Severity.ERROR,
                "A Saga task or milestone heading names another id than its file's place in the tree, so dependencies and the orchestrator mean different items.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Declared declared : tree.declared()) {
            if (declared.item().idSpan().isEmpty()) {
                continue;
            }
            String byPlace = expected(declared);
            if (byPlace != null && !ItemIds.canonical(byPlace).equals(declared.key())) {
                String label = Wording.label(declared);
                sink.report(declared.file().uri(), declared.item().idSpan(), "The heading declares " + label + ", but the file's place in the tree makes it "
                        + declared.item().kind().word(SpecFormat.SAGA) + " " + byPlace + ": dependencies on " + declared.item().id()
                        + " reach this file while the orchestrator finds it, and names its branch, as " + byPlace
                        + ". Write " + byPlace + " in the heading, or rename the file to the place of " + declared.item().id() + ".");
            }
        }
    }

    /** The id the file's folders give the item, or {@code null} when they give none. What the quick fix writes. */
    static String expected(Declared declared) {
        return SpecFileKind.idByPlace(declared.file().document().role(), declared.file().uri());
    }
}
