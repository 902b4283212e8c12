package dev.specls.check.spec;

import dev.specls.check.Severity;
import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.Set;

/** A task in a user story phase without its {@code [US#]} label. */
final class SpecKitTaskWithoutStory extends NoticeRule {

    SpecKitTaskWithoutStory() {
        super("speckit/task-without-story", Severity.ERROR,
                "A task in a user story phase has no [US#] label, so it is not traced to its story and the story may count as uncovered.",
                Set.of(SpecFormat.SPEC_KIT), NoticeKind.TASK_WITHOUT_STORY);
    }

    @Override
    String message(SpecTree tree, SpecFile file, SpecNotice notice) {
        return "Task " + notice.span().of(file.text()) + " sits in the phase of " + notice.detail() + " but has no [" + notice.detail()
                + "] label: Spec Kit's template requires the story label in story phases, so /speckit.analyze cannot trace it to its story. Add \"["
                + notice.detail() + "]\" after the id (and after [P]).";
    }
}
