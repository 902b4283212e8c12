package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Kiro task nested three or more levels deep. */
final class KiroTaskNestedTooDeep extends NoticeRule {

    KiroTaskNestedTooDeep() {
        super("kiro/task-nested-too-deep", Severity.ERROR,
                "A tasks.md task is nested deeper than two levels, which Kiro and cc-sdd do not read as a task.",
                Set.of(SpecFormat.KIRO), NoticeKind.TASK_NESTED_TOO_DEEP);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "Task " + notice.detail() + " is nested three levels deep: Kiro and cc-sdd read at most two levels (1. and 1.1), "
                + "so this one is never started or marked done. Make it a sub-task of a top-level task, or split its parent.";
    }
}
