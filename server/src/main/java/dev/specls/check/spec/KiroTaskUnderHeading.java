package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Kiro task below a second-level heading of tasks.md: Kiro's task list does not show it. */
final class KiroTaskUnderHeading extends NoticeRule {

    KiroTaskUnderHeading() {
        super("kiro/task-under-heading", Severity.ERROR,
                "A tasks.md task sits under a sub-heading, where Kiro's task list does not recognise it, so it is never started.",
                Set.of(SpecFormat.KIRO), NoticeKind.TASK_UNDER_HEADING);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "Task " + notice.detail() + " sits under a sub-heading of tasks.md: Kiro reads the task list as one list under the title, "
                + "so it shows no \"Start task\" for this one and never runs it. Move it into the list and remove the heading.";
    }
}
