package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A task listing more files than sago's TOO_MANY_FILES limit. */
final class TooManyFiles extends ReadableTaskRule {

    /** sago's TOO_MANY_FILES threshold. */
    private static final int MAX_FILES = 8;

    TooManyFiles() {
        super("plan/too-many-files", Severity.INFORMATION,
                "A task lists more than 8 files (sago TOO_MANY_FILES): the task is too broad to do and check in one go.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        if (task.files().size() > MAX_FILES) {
            sink.report(specSet.planUri(), task.filesField().element().nameSpan(), StructureLabels.task(task) + " lists " + task.files().size()
                    + " files (more than " + MAX_FILES + "): sago lint-plan reports TOO_MANY_FILES, as a task this broad is hard to do and to verify "
                    + "in one go. Split it into tasks that each touch a few files.");
        }
    }
}
