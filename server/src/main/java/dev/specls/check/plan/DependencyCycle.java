package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dependency cycle through two or more tasks, explicit or through the implicit rule (a task without
 * {@code depends_on} waits for every earlier task of its phase). sago's own check sees only explicit
 * edges, so a cycle through an implicit one deadlocks {@code sago next} without any error.
 */
final class DependencyCycle extends AbstractRule {

    private static final String EXPLICIT_ARROW = " → ";
    private static final String IMPLICIT_ARROW = " ⇢ ";
    private static final int SHOWN_EDGES_AT_START = 8;
    private static final int SHOWN_WAITING_TASKS = 3;

    DependencyCycle() {
        super("plan/dependency-cycle", Severity.ERROR,
                "Tasks depend on each other in a circle, explicitly or through implicit dependencies, so none of them can start.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        for (PlanGraph.Cycle cycle : specSet.graph().cycles()) {
            // A path of two entries is a task depending on itself: plan/self-dependency reports it.
            if (cycle.path().size() > 2) {
                report(specSet.planUri(), cycle, sink);
            }
        }
    }

    private static void report(URI uri, PlanGraph.Cycle cycle, FindingSink sink) {
        List<Task> path = cycle.path();
        List<Boolean> implicit = cycle.edgeIsImplicit();
        String description = describe(cycle);
        List<Related> onCycle = new ArrayList<>();
        for (int i = 0; i < path.size() - 1; i++) {
            Task task = path.get(i);
            onCycle.add(new Related(uri, DependencySpans.anchor(task), "task " + DependencySpans.label(task)
                    + (implicit.get(i) ? " (no depends_on: waits for every earlier task of its phase)" : "") + " is on the cycle"));
        }
        // One immutable list shared by every finding of the cycle: a long cycle stays linear.
        List<Related> related = List.copyOf(onCycle);
        for (int i = 0; i < path.size() - 1; i++) {
            if (implicit.get(i)) {
                continue;
            }
            Task task = path.get(i);
            Task dependency = path.get(i + 1);
            Ref entry = DependencySpans.entryNaming(task, dependency.id());
            if (entry == null) {
                continue;
            }
            sink.report(uri, entry.span(), "Task " + DependencySpans.label(task) + " depends on \"" + dependency.id()
                    + "\", an edge of the dependency cycle " + description + " Remove \"" + dependency.id() + "\" from the depends_on of "
                    + DependencySpans.label(task) + ", or break another edge of the cycle.", related);
        }
    }

    /**
     * The path with its arrows, the meaning of the implicit ones, and what sago does with the cycle. A
     * long path is shortened in the middle, as every finding of the cycle repeats this text; the related
     * locations still name every task.
     */
    private static String describe(PlanGraph.Cycle cycle) {
        List<Task> path = cycle.path();
        List<Boolean> implicit = cycle.edgeIsImplicit();
        StringBuilder text = new StringBuilder(DependencySpans.label(path.get(0)));
        int edges = implicit.size();
        for (int i = 0; i < edges; i++) {
            if (i == SHOWN_EDGES_AT_START && edges > SHOWN_EDGES_AT_START + 1) {
                text.append(" → … ").append(edges - SHOWN_EDGES_AT_START - 1).append(" more tasks …");
                i = edges - 1;
            }
            text.append(implicit.get(i) ? IMPLICIT_ARROW : EXPLICIT_ARROW).append(DependencySpans.label(path.get(i + 1)));
        }
        List<String> waiting = new ArrayList<>();
        int implicitCount = 0;
        for (int i = 0; i < edges; i++) {
            if (implicit.get(i) && implicitCount++ < SHOWN_WAITING_TASKS) {
                waiting.add(DependencySpans.label(path.get(i)));
            }
        }
        if (implicitCount == 0) {
            return text.append(": sago lint-plan reports DEPENDENCY_CYCLE and sago never schedules these tasks.").toString();
        }
        if (implicitCount > waiting.size()) {
            waiting.add((implicitCount - waiting.size()) + " more");
        }
        text.append(" (⇢ = implicit: ").append(String.join(" and ", waiting))
                .append(implicitCount == 1 ? " has no depends_on, so it waits" : " have no depends_on, so each waits")
                .append(" for every earlier task of its phase).");
        List<Task> explicitPath = cycle.explicitPath();
        if (explicitPath.isEmpty()) {
            text.append(" sago's lint only sees explicit cycles, so it reports nothing, and ")
                    .append("`sago next` deadlocks silently: none of these tasks ever becomes ready.");
        } else {
            text.append(" sago's lint does report DEPENDENCY_CYCLE for these tasks, through the explicit cycle ").append(explicitArrows(explicitPath))
                    .append(", but not for this shorter one, whose implicit edges it does not see; both must be broken before ")
                    .append("`sago next` can schedule any of these tasks.");
        }
        text.append(" Giving a task an explicit depends_on removes its implicit edges.");
        return text.toString();
    }

    private static String explicitArrows(List<Task> path) {
        StringBuilder arrows = new StringBuilder(DependencySpans.label(path.get(0)));
        int edges = path.size() - 1;
        for (int i = 1; i <= edges; i++) {
            if (i == SHOWN_EDGES_AT_START && edges > SHOWN_EDGES_AT_START + 1) {
                arrows.append(" → … ").append(edges - SHOWN_EDGES_AT_START).append(" more tasks …");
                i = edges;
            }
            arrows.append(EXPLICIT_ARROW).append(DependencySpans.label(path.get(i)));
        }
        return arrows.toString();
    }
}
