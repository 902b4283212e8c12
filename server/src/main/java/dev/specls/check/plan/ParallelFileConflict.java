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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two tasks that list the same file with no dependency path between them, implicit edges included:
 * nothing orders them, so they may run in the same wave and overwrite each other's work. Covers sago's
 * DUPLICATE_FILE for the tasks that are really unordered, in any phase.
 */
final class ParallelFileConflict extends AbstractRule {

    /** One task's entry for a file. */
    private record Claim(Task task, Ref entry) {
    }

    ParallelFileConflict() {
        super("plan/parallel-file-conflict", Severity.WARNING,
                "Two tasks that nothing orders list the same file, so they may run at the same time and overwrite each other.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME, PlanAspect.DEPENDS_ON, PlanAspect.FILES);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanGraph graph = specSet.graph();
        int[] executionPosition = executionPositions(graph);
        for (List<Claim> claims : claimsByFile(graph)) {
            claims.sort(Comparator.comparingInt(claim -> executionPosition[claim.task().ordinal()]));
            // Claims are compared with their neighbour in execution order only: if every neighbour pair is
            // ordered, all of them are (a path is transitive), so each group with a conflict is reported.
            Map<Claim, List<Claim>> conflicts = new TreeMap<>(Comparator.comparingInt(claim -> claim.task().ordinal()));
            for (int i = 1; i < claims.size(); i++) {
                Claim before = claims.get(i - 1);
                Claim after = claims.get(i);
                if (!ordered(graph, before.task(), after.task())) {
                    boolean afterIsLater = after.task().ordinal() > before.task().ordinal();
                    conflicts.computeIfAbsent(afterIsLater ? after : before, ignored -> new ArrayList<>(1)).add(afterIsLater ? before : after);
                }
            }
            conflicts.forEach((claim, others) -> report(specSet.planUri(), claim, others, sink));
        }
    }

    /** Each task's position in the graph's topological order, by the task's ordinal. */
    private static int[] executionPositions(PlanGraph graph) {
        int[] positions = new int[graph.tasks().size()];
        List<Task> order = graph.topologicalOrder();
        for (int position = 0; position < order.size(); position++) {
            positions[order.get(position).ordinal()] = position;
        }
        return positions;
    }

    /**
     * The claims on one file, the first held alone until a second task lists the file: most files have one
     * task, and a plan lists tens of thousands of them.
     */
    private static final class FileClaims {
        /** Where the file was first listed among all files, so shared files keep that order. */
        final int order;
        final Claim first;
        List<Claim> all;

        FileClaims(int order, Claim first) {
            this.order = order;
            this.first = first;
        }

        Task lastTask() {
            return all == null ? first.task() : all.get(all.size() - 1).task();
        }
    }

    /**
     * Per file listed by more than one task, the first entry of each task listing it, in document order; the
     * files in the order they are first listed.
     */
    private static List<List<Claim>> claimsByFile(PlanGraph graph) {
        int entries = 0;
        for (Task task : graph.tasks()) {
            entries += task.files().size();
        }
        Map<String, FileClaims> byFile = new HashMap<>(Math.max(16, entries + entries / 3 + 1));
        List<FileClaims> shared = new ArrayList<>();
        for (Task task : graph.tasks()) {
            for (Ref file : task.files()) {
                FileClaims claims = byFile.get(file.value());
                if (claims == null) {
                    byFile.put(file.value(), new FileClaims(byFile.size(), new Claim(task, file)));
                } else if (claims.lastTask() != task) {
                    if (claims.all == null) {
                        claims.all = new ArrayList<>(2);
                        claims.all.add(claims.first);
                        shared.add(claims);
                    }
                    claims.all.add(new Claim(task, file));
                }
            }
        }
        shared.sort(Comparator.comparingInt(claims -> claims.order));
        List<List<Claim>> claimsByFile = new ArrayList<>(shared.size());
        shared.forEach(claims -> claimsByFile.add(claims.all));
        return claimsByFile;
    }

    /**
     * True when a dependency path leads from one task to the other. A direct edge is checked first, as
     * a chain of tasks editing one file is common. A path always climbs to a higher wave, so tasks of
     * the same wave are unordered without a search, and otherwise only the higher one can depend on
     * the lower; tasks in a cycle have no wave and are searched both ways.
     */
    private static boolean ordered(PlanGraph graph, Task a, Task b) {
        if (dependsDirectly(graph, a, b) || dependsDirectly(graph, b, a)) {
            return true;
        }
        int layerA = graph.layer(a);
        int layerB = graph.layer(b);
        if (layerA >= 0 && layerB >= 0) {
            return layerA != layerB && (layerA > layerB ? graph.dependsOnTransitively(a, b) : graph.dependsOnTransitively(b, a));
        }
        return graph.dependsOnTransitively(a, b) || graph.dependsOnTransitively(b, a);
    }

    private static boolean dependsDirectly(PlanGraph graph, Task from, Task to) {
        boolean implicitly = !graph.implicitDependencies(from).isEmpty() && to.phaseIndex() == from.phaseIndex() && to.ordinal() < from.ordinal();
        return implicitly || graph.explicitDependencies(from).contains(to);
    }

    private static void report(URI uri, Claim claim, List<Claim> unordered, FindingSink sink) {
        String label = DependencySpans.label(claim.task());
        List<String> others = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        for (Claim other : unordered) {
            String otherLabel = DependencySpans.label(other.task());
            others.add(otherLabel);
            related.add(new Related(uri, other.entry().span(), "task " + otherLabel + " also lists " + claim.entry().value()));
        }
        String first = others.get(0);
        sink.report(uri, claim.entry().span(), "Task " + label + " lists \"" + claim.entry().value() + "\", " + (others.size() == 1 ? "as does " : "as do ") + String.join(", ", others)
                + ", and no dependency orders " + label + " with " + (others.size() == 1 ? "it" : "them")
                + ": sago may run them in the same wave, and one overwrites the other's changes. Make " + label + " depend on "
                + first + " (or the reverse), or give the file to one task.", related);
    }
}
