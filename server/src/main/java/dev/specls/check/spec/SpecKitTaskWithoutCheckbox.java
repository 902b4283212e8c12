package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Spec Kit task line without its {@code - [ ]} checkbox: /speckit.implement can never mark it done. */
final class SpecKitTaskWithoutCheckbox extends NoticeRule {

    SpecKitTaskWithoutCheckbox() {
        super("speckit/task-without-checkbox", Severity.ERROR,
                "A tasks.md line has a task id but no \"- [ ]\" checkbox, so /speckit.implement cannot track it or mark it done.",
                Set.of(SpecFormat.SPEC_KIT), NoticeKind.TASK_WITHOUT_CHECKBOX);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "Task " + notice.detail() + " has no \"- [ ]\" checkbox: Spec Kit's task format is \"- [ ] " + notice.detail()
                + " [P] [US1] description\", so /speckit.implement does not count it as a task and never marks it done. Start the line with \"- [ ] \".";
    }
}
