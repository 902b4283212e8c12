package dev.specls.features.progress;

import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecTree;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the progress of a sago spec set or of a spec tree of another format, the same shape for both. */
public final class Progresses {

    private Progresses() {
    }

    /**
     * A sago plan: its phases as sago reads them, each task's STATE.md status, and the tasks {@code sago next}
     * may hand out: pending, not on a cycle, every explicit and implicit dependency done or skipped.
     *
     * @param display how a file's URI is shown
     */
    public static Progress of(SpecSet specSet, String path, Function<URI, String> display) {
        PlanGraph graph = specSet.graph();
        Set<Task> onCycle = new HashSet<>();
        graph.cycles().forEach(cycle -> onCycle.addAll(cycle.path()));
        List<ProgressGroup> groups = new ArrayList<>();
        String file = display.apply(specSet.planUri());
        for (Phase phase : specSet.planDocument().phasesSagoReads()) {
            List<ProgressTask> tasks = new ArrayList<>();
            for (Task task : phase.tasks()) {
                TaskStatus status = specSet.status(task);
                List<String> blockedBy = new ArrayList<>();
                for (Task dependency : dependencies(graph, task)) {
                    if (!specSet.status(dependency).finished() && !blockedBy.contains(dependency.id())) {
                        blockedBy.add(dependency.id());
                    }
                }
                boolean ready = status == TaskStatus.PENDING && blockedBy.isEmpty() && !onCycle.contains(task);
                tasks.add(new ProgressTask(task.id(), task.nameText(), status.word(), ready, blockedBy, file,
                        specSet.plan().lineIndex().lineOf(task.element().span().start()) + 1));
            }
            String done = phase.tasks().stream().allMatch(task -> specSet.status(task).finished()) ? "done"
                    : phase.tasks().stream().anyMatch(task -> specSet.status(task) != TaskStatus.PENDING) ? "in progress" : "pending";
            groups.add(new ProgressGroup("phase", phase.name(), phase.name(), done, tasks));
        }
        return new Progress(path, "sago", "sago", groups);
    }

    private static List<Task> dependencies(PlanGraph graph, Task task) {
        List<Task> all = new ArrayList<>(graph.explicitDependencies(task));
        all.addAll(graph.implicitDependencies(task));
        return all;
    }

    /**
     * A spec tree: its phases or milestones in order (Kiro's top-level tasks, each with its sub-tasks), the
     * status of every task, and the ready set of the shared graph.
     */
    public static Progress of(SpecTree tree, String path, Function<URI, String> display) {
        SpecGraph graph = tree.graph();
        Set<Declared> ready = new HashSet<>(graph.ready());
        Map<String, List<ProgressTask>> byGroup = new LinkedHashMap<>();
        Map<String, Declared> groupItems = new LinkedHashMap<>();
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() == ItemKind.PHASE) {
                byGroup.putIfAbsent(declared.key(), new ArrayList<>());
                groupItems.put(declared.key(), declared);
            }
        }
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.TASK) {
                continue;
            }
            boolean kiroParent = declared.item().scope() == null && !tree.children(declared).isEmpty();
            if (kiroParent) {
                byGroup.putIfAbsent(declared.key(), new ArrayList<>());
                groupItems.put(declared.key(), declared);
                continue;
            }
            String group = declared.item().scope() == null ? declared.key() : declared.item().scope();
            if (!byGroup.containsKey(group) && declared.item().scope() == null) {
                groupItems.put(group, declared);
            }
            List<String> blockedBy = graph.blockers(declared).stream()
                    .map(blocker -> blocker.item().kind() == ItemKind.TASK ? blocker.item().id() : blocker.item().label(tree.format())).distinct().toList();
            byGroup.computeIfAbsent(group, ignored -> new ArrayList<>()).add(new ProgressTask(declared.item().id(), declared.item().title(),
                    tree.status(declared).word(), ready.contains(declared), blockedBy, display.apply(declared.file().uri()),
                    declared.file().lineIndex().lineOf(declared.item().idSpan().start()) + 1));
        }
        List<ProgressGroup> groups = new ArrayList<>();
        byGroup.forEach((key, tasks) -> {
            Declared item = groupItems.get(key);
            String kind = item == null || item.item().kind() == ItemKind.TASK ? "task" : tree.format().code().equals("saga") ? "milestone" : "phase";
            String id = item == null ? key : item.item().id();
            String title = item == null ? "" : item.item().title();
            String status = item == null ? "" : tree.status(item).word();
            groups.add(new ProgressGroup(kind, id, title, status, tasks));
        });
        return new Progress(path, tree.format().code(), tree.format().displayName(), groups);
    }
}
