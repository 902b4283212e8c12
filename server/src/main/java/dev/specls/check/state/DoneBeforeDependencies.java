package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import dev.specls.text.Span;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code state/done-before-dependencies}: a task marked ✓ while one of its dependencies, explicit or
 * implicit, is not. Implicit dependencies (every earlier task of the phase) are counted with a running
 * tally per phase instead of being listed per task, which keeps the check linear.
 */
final class DoneBeforeDependencies extends AbstractRule {

    /** How many open dependencies a message names before it only counts the rest. */
    private static final int LISTED = 3;

    DoneBeforeDependencies() {
        super("state/done-before-dependencies", Severity.WARNING,
                "A task is marked done in STATE.md while a task it depends on is not.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null || !specSet.sagoPlan()) {
            return;
        }
        PlanGraph graph = specSet.graph();
        boolean[] done = new boolean[graph.tasks().size()];
        for (Task task : graph.tasks()) {
            done[task.ordinal()] = specSet.status(task) == TaskStatus.DONE;
        }
        for (Phase phase : specSet.planDocument().phases()) {
            int openSoFar = 0;
            List<Task> firstOpen = new ArrayList<>(LISTED);
            for (Task task : phase.tasks()) {
                if (done[task.ordinal()]) {
                    if (graph.implicitDependencies(task).isEmpty()) {
                        List<Task> open = new ArrayList<>();
                        for (Task dependency : graph.explicitDependencies(task)) {
                            if (!done[dependency.ordinal()]) {
                                open.add(dependency);
                            }
                        }
                        report(specSet, sink, task, open, open.size(), false);
                    } else {
                        report(specSet, sink, task, firstOpen, openSoFar, true);
                    }
                } else {
                    openSoFar++;
                    if (firstOpen.size() < LISTED) {
                        firstOpen.add(task);
                    }
                }
            }
        }
    }

    private static void report(SpecSet specSet, FindingSink sink, Task task, List<Task> open, int openCount, boolean implicit) {
        StateEntry entry = readEntry(specSet, task);
        if (openCount == 0 || entry == null) {
            return;
        }
        List<String> named = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        for (Task dependency : open.subList(0, Math.min(LISTED, open.size()))) {
            String status = specSet.status(dependency).word();
            named.add(dependency.id() + " (" + status + ")");
            related.add(new Related(specSet.planUri(), anchor(dependency), "task " + dependency.id() + " is " + status + " in STATE.md"));
        }
        String list = String.join(", ", named) + (openCount > named.size() ? " and " + (openCount - named.size()) + " more" : "");
        String dependsOn = implicit
                ? "it has no depends_on, so it depends on every earlier task of its phase, and " + openCount + " of them "
                        + (openCount == 1 ? "is" : "are") + " not done: "
                : "it depends on " + (openCount == 1 ? "a task that is" : openCount + " tasks that are") + " not done: ";
        SourceFile file = specSet.state();
        String them = openCount == 1 ? open.get(0).id() : "them";
        sink.report(file.uri(), markAndId(file.text(), entry), "Task " + task.id() + " is ✓ in STATE.md, but " + dependsOn + list
                + ". sago will still run " + them + ", after the work that was meant to build on " + (openCount == 1 ? "it" : "them")
                + ". Mark " + them + " done if " + (openCount == 1 ? "it is" : "they are") + ", or reopen " + task.id() + ".",
                related);
    }

    /** The line sago takes the task's status from: its first line that sago reads. */
    private static StateEntry readEntry(SpecSet specSet, Task task) {
        for (StateEntry entry : specSet.stateEntries(task.id())) {
            if (entry.readableBySago()) {
                return entry;
            }
        }
        return null;
    }

    /** From the mark's {@code [} to the end of the id: "{@code [✓] 2.1}". */
    private static Span markAndId(String text, StateEntry entry) {
        int mark = text.lastIndexOf('[', entry.idSpan().start());
        return new Span(mark >= entry.lineSpan().start() ? mark : entry.idSpan().start(), entry.idSpan().end());
    }

    /** Where a plan task is named: its id's value, or the {@code <task} name when it has no id. */
    private static Span anchor(Task task) {
        if (task.idAttribute() != null && !task.idAttribute().valueSpan().isEmpty()) {
            return task.idAttribute().valueSpan();
        }
        return task.element().nameSpan();
    }
}
