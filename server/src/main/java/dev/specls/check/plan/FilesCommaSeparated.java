package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.FileLine;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;

/** A {@code <files>} line that sago reads as one odd file name: a comma-separated list or a Markdown bullet. */
final class FilesCommaSeparated extends ReadableTaskRule {

    FilesCommaSeparated() {
        super("plan/files-comma-separated", Severity.WARNING,
                "A <files> line holds several paths separated by commas, or starts with a bullet; sago reads each whole line as one file name.");
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public void check(SpecSet specSet, Task task, FindingSink sink) {
        for (Ref ref : task.files()) {
            FileLine line = FileLine.of(ref);
            boolean bullet = line.bulleted();
            boolean commas = line.commaSeparated();
            if (!bullet && !commas) {
                continue;
            }
            String fix = bullet && commas
                    ? "Drop the bullet and put each path on its own line."
                    : bullet ? "Write the bare path: " + line.path() : "Put each path on its own line, without commas.";
            sink.report(specSet.planUri(), line.span(), "sago reads one file per line and keeps the whole line, so "
                    + StructureLabels.task(task) + " lists a single file named \"" + line.name()
                    + "\"; its same-file conflict check and the coding agent both see that name. " + fix);
        }
    }
}
