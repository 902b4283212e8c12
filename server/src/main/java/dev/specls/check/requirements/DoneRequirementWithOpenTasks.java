package dev.specls.check.requirements;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.text.Span;
import dev.specls.workspace.Citation;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code req/done-but-tasks-open}: a requirement checked {@code [x]} while a task that cites it is not
 * done in STATE.md. Needs a STATE.md: without one every task is pending and the check says nothing.
 */
final class DoneRequirementWithOpenTasks extends AbstractRule {

    DoneRequirementWithOpenTasks() {
        super("req/done-but-tasks-open", Severity.WARNING,
                "A requirement is checked [x] while a task that cites it is not done in STATE.md.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.CITATIONS);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.requirements();
        if (file == null || file.requirements() == null || specSet.plan() == null || specSet.state() == null) {
            return;
        }
        Coverage coverage = Coverage.of(specSet);
        for (Requirement requirement : file.requirements().requirements()) {
            if (!Boolean.TRUE.equals(requirement.checked())) {
                continue;
            }
            List<String> open = new ArrayList<>();
            List<Related> related = new ArrayList<>();
            for (Citation citation : coverage.firstCitationPerTask(requirement.canonicalId())) {
                TaskStatus status = specSet.status(citation.task());
                if (status != TaskStatus.DONE) {
                    open.add(citation.task().id() + " (" + status.word() + ")");
                    related.add(new Related(specSet.planUri(), citation.ref().span(),
                            "task " + citation.task().id() + " cites " + requirement.id() + " and is " + status.word() + " in STATE.md"));
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            String tasks = open.size() == 1 ? "task " + open.get(0) + ", which cites it, is" : "tasks " + String.join(", ", open)
                    + ", which cite it, are";
            sink.report(file.uri(), checkbox(file.text(), requirement), requirement.id() + " is checked as done, but " + tasks
                    + " not ✓ in STATE.md: the requirement is claimed before the work that implements it is finished. "
                    + "Uncheck it until those tasks are done, or mark them done in STATE.md if they are.", related);
        }
    }

    /** The {@code [x]} before the id, which is what the user unchecks; the id when the line has none. */
    private static Span checkbox(String text, Requirement requirement) {
        int open = text.lastIndexOf('[', requirement.idSpan().start());
        if (open >= requirement.lineSpan().start() && open + 3 <= requirement.idSpan().start() && text.charAt(open + 2) == ']') {
            return new Span(open, open + 3);
        }
        return requirement.idSpan();
    }
}
