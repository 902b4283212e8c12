package dev.specls.workspace;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.RandomAccess;

/**
 * The dependency graph of one plan, explicit ({@code depends_on}) and implicit (a task without
 * {@code depends_on} depends on every earlier task of its phase). Immutable, built in O(n + e).
 *
 * <p>Implicit edges are never materialised, as that would be O(n²) in a long phase. Each task
 * {@code t_i} has a virtual prefix node {@code P_i} standing for "t_i and every earlier task of the
 * phase": {@code P_i -> t_i} and {@code P_i -> P_(i-1)}; an implicit task {@code t_i} has the single
 * edge {@code t_i -> P_(i-1)}. Reachability over these nodes equals reachability over the real
 * edges, so cycle search (iterative Tarjan), layering and topological order stay linear. Nodes
 * {@code 0..n-1} are tasks in document order and {@code n..2n-1} their prefix nodes.
 *
 * <p>Edges point in the "depends on" direction. Ids resolve to their first declaration; an id that
 * names no task is an unresolved edge and simply absent here.
 */
public final class PlanGraph {

    /**
     * One dependency cycle through real tasks.
     *
     * @param path           closed path, first = last: {@code path[i]} depends on {@code path[i+1]}
     * @param edgeIsImplicit per edge of the path: true when {@code path[i] -> path[i+1]} comes from the
     *                       implicit rule (no {@code depends_on}) rather than from {@code depends_on}
     * @param explicitPath   a closed path of {@code depends_on} edges only among the same tasks, which sago's
     *                       own lint (it sees no implicit edge) reports as DEPENDENCY_CYCLE; {@code path} itself
     *                       when it has no implicit edge, empty when the tasks have no such cycle
     */
    public record Cycle(List<Task> path, List<Boolean> edgeIsImplicit, List<Task> explicitPath) {

        public boolean hasImplicitEdge() {
            return edgeIsImplicit.contains(Boolean.TRUE);
        }
    }

    private static final PlanGraph EMPTY = new PlanGraph(null);

    private final List<Task> tasks;
    /** Positions of tasks whose ordinal is not their position in {@link #tasks} (a list built by hand); made when first needed. */
    private volatile Map<Task, Integer> misplacedTasks;
    /** Each id's first declaration; the others follow through {@link #nextDeclaration}. */
    private final Map<String, Task> firstDeclaration = new HashMap<>();
    /** Per task: the position of the next task declared with the same id, or -1. */
    private final int[] nextDeclaration;
    /*
     * The graph is kept in int arrays (compressed sparse rows of task positions), one object per plan rather
     * than lists per task; the lists the methods return are views made when asked.
     */
    /** Task {@code i}'s resolved {@code depends_on} targets are {@code explicitTarget[explicitStart[i] .. explicitStart[i + 1])}. */
    private final int[] explicitStart;
    private final int[] explicitTarget;
    /** The tasks naming task {@code i} in {@code depends_on}, in document order, in the same form. */
    private final int[] dependentStart;
    private final int[] dependentTarget;
    /** Per task: its phase's tasks when it depends on the earlier ones implicitly, else null; its place in them. */
    private final List<?>[] implicitPhaseTasks;
    private final int[] positionInPhase;
    /** Per task: the implicit tasks of its phase, from {@link #implicitDependentsFrom} on, depend on it; null when none do. */
    private final List<?>[] implicitTasksOfPhase;
    private final int[] implicitDependentsFrom;
    private final int[] edgeStart;
    private final int[] edgeTarget;
    private final int[] layers;
    private final List<Cycle> cycles;
    private final List<Task> topologicalOrder;

    private PlanGraph(PlanDocument plan) {
        this.tasks = plan == null ? List.of() : plan.tasks();
        int n = tasks.size();
        nextDeclaration = new int[n];
        int[] lastDeclaration = new int[n];
        for (int i = 0; i < n; i++) {
            Task task = tasks.get(i);
            nextDeclaration[i] = -1;
            if (!task.id().isEmpty()) {
                Task first = firstDeclaration.putIfAbsent(task.id(), task);
                int firstIndex = first == null ? i : indexOf(first);
                if (first != null) {
                    nextDeclaration[lastDeclaration[firstIndex]] = i;
                }
                lastDeclaration[firstIndex] = i;
            }
        }
        explicitStart = new int[n + 1];
        explicitTarget = resolveExplicitDependencies();
        dependentStart = new int[n + 1];
        dependentTarget = invert();
        int[] previousInPhase = new int[n];
        Arrays.fill(previousInPhase, -1);
        implicitPhaseTasks = new List<?>[n];
        positionInPhase = new int[n];
        implicitTasksOfPhase = new List<?>[n];
        implicitDependentsFrom = new int[n];
        if (plan != null) {
            for (Phase phase : plan.phases()) {
                linkPhase(phase.tasks(), previousInPhase);
            }
        }
        edgeStart = new int[2 * n + 1];
        edgeTarget = buildEdges(previousInPhase);
        Components components = Components.of(edgeStart, edgeTarget);
        layers = computeLayers(components);
        cycles = findCycles(components);
        topologicalOrder = sortTopologically();
    }

    public static PlanGraph of(PlanDocument plan) {
        return plan == null ? EMPTY : new PlanGraph(plan);
    }

    public static PlanGraph empty() {
        return EMPTY;
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** The task an id resolves to: its first declaration, or {@code null}. */
    public Task task(String id) {
        return firstDeclaration.get(id);
    }

    /** Every task declared with this id, in document order (more than one is a duplicate id). */
    public List<Task> tasks(String id) {
        Task first = firstDeclaration.get(id);
        if (first == null) {
            return List.of();
        }
        int next = nextDeclaration[indexOf(first)];
        if (next < 0) {
            return List.of(first);
        }
        List<Task> declared = new ArrayList<>();
        declared.add(first);
        for (; next >= 0; next = nextDeclaration[next]) {
            declared.add(tasks.get(next));
        }
        return Collections.unmodifiableList(declared);
    }

    /** The tasks {@code depends_on} names that exist, in the order written, each once. */
    public List<Task> explicitDependencies(Task task) {
        int index = indexOf(task);
        return index < 0 ? List.of() : tasksAt(explicitTarget, explicitStart[index], explicitStart[index + 1]);
    }

    /** The earlier tasks of the task's phase when it has no {@code depends_on}, else empty. A view of the phase. */
    public List<Task> implicitDependencies(Task task) {
        int index = indexOf(task);
        return index < 0 ? List.of() : implicitDependencies(index);
    }

    private List<Task> implicitDependencies(int index) {
        @SuppressWarnings("unchecked")
        List<Task> phaseTasks = (List<Task>) implicitPhaseTasks[index];
        return phaseTasks == null ? List.of() : Collections.unmodifiableList(phaseTasks.subList(0, positionInPhase[index]));
    }

    private boolean dependsImplicitly(int index) {
        return implicitPhaseTasks[index] != null;
    }

    /**
     * The tasks that depend on this one directly: those naming it in {@code depends_on}, then the later
     * tasks of its phase that depend on it implicitly, each group in document order. Not a copy.
     */
    public List<Task> dependents(Task task) {
        int index = indexOf(task);
        if (index < 0) {
            return List.of();
        }
        List<Task> explicit = tasksAt(dependentTarget, dependentStart[index], dependentStart[index + 1]);
        @SuppressWarnings("unchecked")
        List<Task> implicitTasks = (List<Task>) implicitTasksOfPhase[index];
        List<Task> implicit = implicitTasks == null ? List.of() : implicitTasks.subList(implicitDependentsFrom[index], implicitTasks.size());
        return explicit.isEmpty() ? implicit : implicit.isEmpty() ? explicit : new Concatenation<>(explicit, implicit);
    }

    /** The tasks at the positions {@code positions[from, to)}, as a view. */
    private List<Task> tasksAt(int[] positions, int from, int to) {
        return from == to ? List.of() : new TasksAt(positions, from, to);
    }

    /** A read-only view of tasks by their positions in {@link #tasks}. */
    private final class TasksAt extends AbstractList<Task> implements RandomAccess {

        private final int[] positions;
        private final int from;
        private final int size;

        TasksAt(int[] positions, int from, int to) {
            this.positions = positions;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Task get(int index) {
            Objects.checkIndex(index, size);
            return tasks.get(positions[from + index]);
        }

        @Override
        public int size() {
            return size;
        }
    }
    /** The wave: 0 without dependencies, else 1 + the largest layer among them; -1 in or behind a cycle and for foreign tasks. */
    public int layer(Task task) {
        int index = indexOf(task);
        return index < 0 ? -1 : layers[index];
    }

    /** One concrete path per cycle: each task depending on itself, then one per other strongly connected group, by first task. */
    public List<Cycle> cycles() {
        return cycles;
    }

    /** True when a dependency path, explicit or implicit, of at least one edge leads from {@code from} to {@code to}. O(n + e). */
    public boolean dependsOnTransitively(Task from, Task to) {
        int start = indexOf(from);
        int goal = indexOf(to);
        if (start < 0 || goal < 0) {
            return false;
        }
        boolean[] seen = new boolean[edgeStart.length - 1];
        int[] queue = new int[seen.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        while (head < tail) {
            int node = queue[head++];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int next = edgeTarget[e];
                if (next == goal) {
                    return true;
                }
                if (!seen[next]) {
                    seen[next] = true;
                    queue[tail++] = next;
                }
            }
        }
        return false;
    }

    /** Every task, dependencies before dependents, earliest in the document first among the ready; tasks in or behind cycles last, in document order. */
    public List<Task> topologicalOrder() {
        return topologicalOrder;
    }

    /** The task's position in {@link #tasks}, or -1 for a task of another plan: its ordinal, checked, as a parser numbers them. */
    private int indexOf(Task task) {
        int ordinal = task.ordinal();
        if (ordinal >= 0 && ordinal < tasks.size() && tasks.get(ordinal) == task) {
            return ordinal;
        }
        Map<Task, Integer> misplaced = misplacedTasks;
        if (misplaced == null) {
            misplaced = new IdentityHashMap<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).ordinal() != i) {
                    misplaced.put(tasks.get(i), i);
                }
            }
            misplacedTasks = misplaced;
        }
        return misplaced.getOrDefault(task, -1);
    }

    /** Fills {@link #explicitStart} and returns the positions of the tasks each {@code depends_on} resolves to. */
    private int[] resolveExplicitDependencies() {
        int n = tasks.size();
        int written = 0;
        for (int i = 0; i < n; i++) {
            written += tasks.get(i).dependsOn().size();
        }
        int[] targets = new int[written];
        int count = 0;
        int[] lastAddedBy = new int[n];
        Arrays.fill(lastAddedBy, -1);
        for (int i = 0; i < n; i++) {
            explicitStart[i] = count;
            for (Ref ref : tasks.get(i).dependsOn()) {
                Task target = task(ref.value());
                if (target != null) {
                    int targetIndex = indexOf(target);
                    if (lastAddedBy[targetIndex] != i) {
                        lastAddedBy[targetIndex] = i;
                        targets[count++] = targetIndex;
                    }
                }
            }
        }
        explicitStart[n] = count;
        return count == targets.length ? targets : Arrays.copyOf(targets, count);
    }

    /** Fills {@link #dependentStart} and returns, per task, the tasks naming it, in document order. */
    private int[] invert() {
        int n = tasks.size();
        for (int e = 0; e < explicitTarget.length; e++) {
            dependentStart[explicitTarget[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            dependentStart[i + 1] += dependentStart[i];
        }
        int[] dependents = new int[explicitTarget.length];
        int[] fill = Arrays.copyOf(dependentStart, n);
        for (int i = 0; i < n; i++) {
            for (int e = explicitStart[i]; e < explicitStart[i + 1]; e++) {
                dependents[fill[explicitTarget[e]]++] = i;
            }
        }
        return dependents;
    }

    /** Records each task's predecessor in its phase and where its implicit dependencies and dependents are found. */
    private void linkPhase(List<Task> phaseTasks, int[] previousInPhase) {
        List<Task> implicitTasks = new ArrayList<>();
        int[] indices = new int[phaseTasks.size()];
        for (int position = 0; position < phaseTasks.size(); position++) {
            int index = indexOf(phaseTasks.get(position));
            indices[position] = index < 0 ? -1 : index;
            if (index < 0) {
                continue;
            }
            previousInPhase[index] = position == 0 ? -1 : indices[position - 1];
            if (position > 0 && indices[position - 1] >= 0 && phaseTasks.get(position).hasImplicitDependencies()) {
                implicitPhaseTasks[index] = phaseTasks;
                positionInPhase[index] = position;
                implicitTasks.add(phaseTasks.get(position));
            }
        }
        List<Task> implicitView = Collections.unmodifiableList(implicitTasks);
        int implicitUpToHere = 0;
        for (int position = 0; position < phaseTasks.size(); position++) {
            if (indices[position] >= 0 && dependsImplicitly(indices[position])) {
                implicitUpToHere++;
            }
            if (indices[position] >= 0 && implicitUpToHere < implicitView.size()) {
                implicitTasksOfPhase[indices[position]] = implicitView;
                implicitDependentsFrom[indices[position]] = implicitUpToHere;
            }
        }
    }

    /** Fills {@link #edgeStart} and returns the edge targets, in compressed sparse row form. */
    private int[] buildEdges(int[] previousInPhase) {
        int n = tasks.size();
        for (int i = 0; i < n; i++) {
            boolean implicit = dependsImplicitly(i);
            edgeStart[i + 1] = explicitStart[i + 1] - explicitStart[i] + (implicit ? 1 : 0);
            edgeStart[n + i + 1] = previousInPhase[i] >= 0 ? 2 : 1;
        }
        for (int node = 0; node < 2 * n; node++) {
            edgeStart[node + 1] += edgeStart[node];
        }
        int[] targets = new int[edgeStart[2 * n]];
        for (int i = 0; i < n; i++) {
            int e = edgeStart[i];
            for (int d = explicitStart[i]; d < explicitStart[i + 1]; d++) {
                targets[e++] = explicitTarget[d];
            }
            if (dependsImplicitly(i)) {
                targets[e] = n + previousInPhase[i];
            }
            int prefixEdge = edgeStart[n + i];
            targets[prefixEdge] = i;
            if (previousInPhase[i] >= 0) {
                targets[prefixEdge + 1] = n + previousInPhase[i];
            }
        }
        return targets;
    }

    private boolean hasSelfLoop(int node) {
        for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
            if (edgeTarget[e] == node) {
                return true;
            }
        }
        return false;
    }

    /** Components come dependencies first, so every dependency's value is known when a node is reached. */
    private int[] computeLayers(Components components) {
        int n = tasks.size();
        int[] value = new int[2 * n];
        for (int c = 0; c < components.count(); c++) {
            int first = components.start[c];
            int size = components.start[c + 1] - first;
            if (size > 1 || hasSelfLoop(components.members[first])) {
                for (int m = first; m < first + size; m++) {
                    value[components.members[m]] = -1;
                }
                continue;
            }
            int node = components.members[first];
            int highest = -1;
            boolean blocked = false;
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int dependencyValue = value[edgeTarget[e]];
                blocked |= dependencyValue < 0;
                highest = Math.max(highest, dependencyValue);
            }
            boolean isTask = node < n;
            // A task sits one wave above its highest dependency; a prefix node carries the highest wave of its tasks.
            value[node] = blocked ? -1 : isTask ? highest + 1 : highest;
        }
        return Arrays.copyOf(value, n);
    }

    private List<Cycle> findCycles(Components components) {
        int n = tasks.size();
        List<Cycle> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (hasSelfLoop(i)) {
                List<Task> loop = List.of(tasks.get(i), tasks.get(i));
                found.add(new Cycle(loop, List.of(false), loop));
            }
        }
        int[] parent = new int[2 * n];
        int[] queue = new int[2 * n];
        int[] visitedIn = new int[2 * n];
        Arrays.fill(visitedIn, -1);
        ExplicitCycles explicit = null;
        for (int c = 0; c < components.count(); c++) {
            if (components.start[c + 1] - components.start[c] > 1) {
                Cycle cycle = shortestCycleThrough(components, c, parent, queue, visitedIn);
                if (cycle.hasImplicitEdge()) {
                    explicit = explicit == null ? new ExplicitCycles() : explicit;
                    cycle = new Cycle(cycle.path(), cycle.edgeIsImplicit(), explicit.within(components, c));
                }
                found.add(cycle);
            }
        }
        found.sort((a, b) -> Integer.compare(indexOf(a.path().get(0)), indexOf(b.path().get(0))));
        return List.copyOf(found);
    }

    /** Breadth-first from the component's first task back to itself, ignoring self-loops, which are reported on their own. */
    private Cycle shortestCycleThrough(Components components, int component, int[] parent, int[] queue, int[] visitedIn) {
        return toTaskCycle(components.shortestCycle(component, edgeStart, edgeTarget, parent, queue, visitedIn));
    }

    /** Collapses prefix nodes: a task followed by prefix nodes before the next task is an implicit edge. */
    private Cycle toTaskCycle(List<Integer> nodes) {
        int n = tasks.size();
        List<Task> path = new ArrayList<>();
        List<Boolean> implicit = new ArrayList<>();
        boolean throughPrefix = false;
        for (int node : nodes) {
            if (node >= n) {
                throughPrefix = true;
                continue;
            }
            if (!path.isEmpty()) {
                implicit.add(throughPrefix);
            }
            path.add(tasks.get(node));
            throughPrefix = false;
        }
        List<Task> closed = List.copyOf(path);
        return new Cycle(closed, List.copyOf(implicit), implicit.contains(Boolean.TRUE) ? List.of() : closed);
    }

    /**
     * The cycles of {@code depends_on} edges alone, which sago's lint (Kahn's algorithm over explicit edges)
     * finds: built once, on the first cycle that runs through an implicit edge.
     */
    private final class ExplicitCycles {

        private final int[] start;
        private final int[] target;
        private final Components components;
        private final int[] parent;
        private final int[] queue;
        /** The explicit component a node was last reached in, so no search clears what an earlier one marked. */
        private final int[] reachedIn;

        ExplicitCycles() {
            int n = tasks.size();
            start = explicitStart;
            target = explicitTarget;
            components = Components.of(start, target);
            parent = new int[n];
            queue = new int[n];
            reachedIn = new int[n];
            Arrays.fill(reachedIn, -1);
        }

        /** A shortest explicit cycle among the tasks of the full graph's component, or empty. */
        List<Task> within(Components full, int component) {
            for (int m = full.start[component]; m < full.start[component + 1]; m++) {
                int node = full.members[m];
                if (node >= tasks.size()) {
                    continue;
                }
                int own = components.of[node];
                if (components.start[own + 1] - components.start[own] > 1) {
                    List<Task> path = new ArrayList<>();
                    for (int member : components.shortestCycle(own, start, target, parent, queue, reachedIn)) {
                        path.add(tasks.get(member));
                    }
                    return List.copyOf(path);
                }
            }
            return List.of();
        }
    }

    /** Kahn's algorithm: prefix nodes are released as soon as they are ready, tasks in document order. */
    private List<Task> sortTopologically() {
        int n = tasks.size();
        int nodeCount = 2 * n;
        int[] remaining = new int[nodeCount];
        int[] dependentStart = new int[nodeCount + 1];
        for (int node = 0; node < nodeCount; node++) {
            remaining[node] = edgeStart[node + 1] - edgeStart[node];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                dependentStart[edgeTarget[e] + 1]++;
            }
        }
        for (int node = 0; node < nodeCount; node++) {
            dependentStart[node + 1] += dependentStart[node];
        }
        int[] dependents = new int[edgeTarget.length];
        int[] fill = Arrays.copyOf(dependentStart, nodeCount);
        for (int node = 0; node < nodeCount; node++) {
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                dependents[fill[edgeTarget[e]]++] = node;
            }
        }
        PriorityQueue<Integer> readyTasks = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                readyTasks.add(i);
            }
        }
        int[] readyPrefixes = new int[n];
        int prefixCount = 0;
        boolean[] placed = new boolean[n];
        List<Task> order = new ArrayList<>(n);
        while (true) {
            int node;
            if (prefixCount > 0) {
                node = readyPrefixes[--prefixCount];
            } else if (!readyTasks.isEmpty()) {
                node = readyTasks.poll();
                placed[node] = true;
                order.add(tasks.get(node));
            } else {
                break;
            }
            for (int d = dependentStart[node]; d < dependentStart[node + 1]; d++) {
                int dependent = dependents[d];
                if (--remaining[dependent] == 0) {
                    if (dependent < n) {
                        readyTasks.add(dependent);
                    } else {
                        readyPrefixes[prefixCount++] = dependent;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                order.add(tasks.get(i));
            }
        }
        return Collections.unmodifiableList(order);
    }

    /**
     * Strongly connected components by Tarjan's algorithm, run with an explicit stack so that a
     * 50,000-task chain cannot overflow the call stack. Components are numbered in the order Tarjan
     * completes them, which puts every component after the components it depends on.
     */
    private static final class Components {

        final int[] of;
        final int[] members;
        final int[] start;
        private int count;

        private Components(int nodeCount) {
            of = new int[nodeCount];
            members = new int[nodeCount];
            start = new int[nodeCount + 1];
        }

        int count() {
            return count;
        }

        /**
         * A shortest closed path (first = last) through the component's smallest node, by breadth-first search
         * over the edges that stay inside it, ignoring self-loops. {@code reachedIn} marks nodes with the
         * component reached in, so one array serves every component without being cleared.
         */
        List<Integer> shortestCycle(int component, int[] edgeStart, int[] edgeTarget, int[] parent, int[] queue, int[] reachedIn) {
            int first = Integer.MAX_VALUE;
            for (int m = start[component]; m < start[component + 1]; m++) {
                first = Math.min(first, members[m]);
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = first;
            reachedIn[first] = component;
            int last = -1;
            while (head < tail && last < 0) {
                int node = queue[head++];
                for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                    int next = edgeTarget[e];
                    if (next == node || of[next] != component) {
                        continue;
                    }
                    if (next == first) {
                        last = node;
                        break;
                    }
                    if (reachedIn[next] != component) {
                        reachedIn[next] = component;
                        parent[next] = node;
                        queue[tail++] = next;
                    }
                }
            }
            List<Integer> nodes = new ArrayList<>();
            for (int node = last; node != first; node = parent[node]) {
                nodes.add(node);
            }
            nodes.add(first);
            Collections.reverse(nodes);
            nodes.add(first);
            return nodes;
        }

        static Components of(int[] edgeStart, int[] edgeTarget) {
            int nodeCount = edgeStart.length - 1;
            Components components = new Components(nodeCount);
            int[] index = new int[nodeCount];
            int[] low = new int[nodeCount];
            int[] nextEdge = new int[nodeCount];
            boolean[] onStack = new boolean[nodeCount];
            int[] stack = new int[nodeCount];
            int[] calls = new int[nodeCount];
            Arrays.fill(index, -1);
            int stackSize = 0;
            int nextIndex = 0;
            int placed = 0;
            for (int root = 0; root < nodeCount; root++) {
                if (index[root] >= 0) {
                    continue;
                }
                int depth = 0;
                calls[depth++] = root;
                index[root] = low[root] = nextIndex++;
                nextEdge[root] = edgeStart[root];
                stack[stackSize++] = root;
                onStack[root] = true;
                while (depth > 0) {
                    int node = calls[depth - 1];
                    if (nextEdge[node] < edgeStart[node + 1]) {
                        int next = edgeTarget[nextEdge[node]++];
                        if (index[next] < 0) {
                            index[next] = low[next] = nextIndex++;
                            nextEdge[next] = edgeStart[next];
                            stack[stackSize++] = next;
                            onStack[next] = true;
                            calls[depth++] = next;
                        } else if (onStack[next]) {
                            low[node] = Math.min(low[node], index[next]);
                        }
                        continue;
                    }
                    depth--;
                    if (low[node] == index[node]) {
                        components.start[components.count] = placed;
                        int member;
                        do {
                            member = stack[--stackSize];
                            onStack[member] = false;
                            components.of[member] = components.count;
                            components.members[placed++] = member;
                        } while (member != node);
                        components.count++;
                        components.start[components.count] = placed;
                    }
                    if (depth > 0) {
                        int caller = calls[depth - 1];
                        low[caller] = Math.min(low[caller], low[node]);
                    }
                }
            }
            return components;
        }
    }

    /** Two lists read as one, without copying either. */
    private static final class Concatenation<T> extends AbstractList<T> implements RandomAccess {

        private final List<T> first;
        private final List<T> second;

        Concatenation(List<T> first, List<T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public T get(int index) {
            return index < first.size() ? first.get(index) : second.get(index - first.size());
        }

        @Override
        public int size() {
            return first.size() + second.size();
        }
    }
}
