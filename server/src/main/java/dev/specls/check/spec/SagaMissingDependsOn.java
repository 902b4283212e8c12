package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A Saga task file without a {@code - Depends on:} line. */
final class SagaMissingDependsOn extends NoticeRule {

    SagaMissingDependsOn() {
        super("saga/missing-depends-on", Severity.ERROR,
                "A Saga task file has no \"- Depends on:\" line, so the orchestrator cannot tell whether it may run in the first batch.",
                Set.of(SpecFormat.SAGA), NoticeKind.MISSING_DEPENDS_ON);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "Task " + notice.detail() + " has no \"- Depends on:\" line: the Saga template requires one in every task spec, and without it the "
                + "orchestrator guesses whether the task may be launched in parallel. Add \"- Depends on: none\" or the ids it waits for.";
    }
}
