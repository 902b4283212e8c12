package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A checkbox line in a tasks.md phase without a {@code T###} id. */
final class SpecKitTaskWithoutId extends NoticeRule {

    SpecKitTaskWithoutId() {
        super("speckit/task-without-id", Severity.ERROR,
                "A checkbox line in a tasks.md phase has no T### id, so nothing can depend on it and progress reports cannot name it.",
                Set.of(SpecFormat.SPEC_KIT), NoticeKind.TASK_WITHOUT_ID);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "This checkbox line in a phase has no task id: Spec Kit's format is \"- [ ] T001 description\", so no task can depend on it, "
                + "and /speckit.implement and /speckit.analyze cannot name it. Give it the next free T### id.";
    }
}
