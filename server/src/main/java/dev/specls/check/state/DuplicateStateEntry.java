package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.state.StateEntry;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/** {@code state/duplicate-entry}: a second STATE.md line for one task id, which fails sago's state validation. */
final class DuplicateStateEntry extends AbstractRule {

    DuplicateStateEntry() {
        super("state/duplicate-entry", Severity.ERROR,
                "STATE.md has more than one task line for the same task.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of();
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null) {
            return;
        }
        for (StateEntry entry : file.state().entries()) {
            StateEntry first = specSet.stateEntries(entry.taskId()).get(0);
            if (first == entry || entry.idSpan().isEmpty()) {
                continue;
            }
            int firstLine = file.lineIndex().lineOf(first.idSpan().start()) + 1;
            sink.report(file.uri(), entry.idSpan(), "Task " + entry.taskId() + " already has a line in STATE.md (line " + firstLine
                    + ", " + first.mark().word() + "); this one marks it " + entry.mark().word() + (first.mark() == entry.mark() ? " again" : "")
                    + ". sago's state validation "
                    + "fails on a second line for one task, and which status counts is unclear. Keep one line for "
                    + entry.taskId() + ", with its latest status.",
                    List.of(new Related(file.uri(), first.idSpan(), "first line for task " + first.taskId())));
        }
    }
}
