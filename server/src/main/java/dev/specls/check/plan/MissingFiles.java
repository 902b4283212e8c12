package dev.specls.check.plan;

import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;

/** A task without files (sago EMPTY_FILES): a {@code <files>} with no non-blank line counts as none. */
final class MissingFiles extends MissingField {

    MissingFiles() {
        super("plan/missing-files", Severity.ERROR,
                "A task lists no files (sago EMPTY_FILES).",
                "files", Task::filesField,
                "sago lint-plan reports EMPTY_FILES, the coding agent is not told which files to touch, "
                        + "and file conflicts between parallel tasks go unnoticed. List the files it creates or changes, one path per line.");
    }
}
