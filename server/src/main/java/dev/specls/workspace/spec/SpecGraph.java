package dev.specls.workspace.spec;

import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.ItemStatus;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.Strength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a spec tree's tasks and phases, the same for every format: an edge {@code a → b} says
 * {@code a} cannot finish (or start) before {@code b} is finished. Edges come from explicit dependencies,
 * from the tools' implicit defaults (phases in order, order of a Kiro task list) and from parts: a phase
 * or parent task waits for its parts, and a part waits for whatever its phase waits for. That last rule
 * goes through one virtual "start" node per phase, so the edges stay linear in the references.
 * Cycles (strongly connected components, one shortest path each), waves and the ready set are linear too.
 */
public final class SpecGraph {

    /** An edge with where it comes from: the reference that makes it, or the rule of the tool. */
    public record Edge(int from, int to, Strength strength, String source, Located ref) {
    }

    /** A cycle: the items in order (the last depends on the first) and the edges between them. */
    public record Cycle(List<Declared> path, List<Edge> edges) {

        public boolean hasImplicitEdge() {
            return edges.stream().anyMatch(edge -> edge.strength() != Strength.EXPLICIT);
        }
    }

    private static final String PARTS = "a phase is done when its parts are";

    private final SpecTree tree;
    private final List<Declared> nodes;
    private final int items;
    private final Map<SpecItem, Integer> indexOf = new IdentityHashMap<>();
    private final List<Edge> edges;
    private final int[] outStart;
    private final int[] outEdges;
    private final int[] component;
    private final List<Cycle> cycles;
    private final int[] wave;
    private final boolean[] cyclic;

    private SpecGraph(SpecTree tree) {
        this.tree = tree;
        List<Declared> scheduled = new ArrayList<>();
        for (Declared declared : tree.declared()) {
            if (declared.item().kind().scheduled()) {
                indexOf.put(declared.item(), scheduled.size());
                scheduled.add(declared);
            }
        }
        this.items = scheduled.size();
        int[] startOf = new int[items];
        Arrays.fill(startOf, -1);
        List<Declared> allNodes = new ArrayList<>(scheduled);
        List<Edge> found = new ArrayList<>();
        List<Edge> phaseDependencies = new ArrayList<>();
        for (Located located : tree.refs()) {
            RefKind kind = located.ref().kind();
            if (kind != RefKind.DEPENDS_ON && kind != RefKind.PARENT) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            Integer from = source == null ? null : indexOf.get(source.item());
            Integer to = target == null ? null : indexOf.get(target.item());
            if (from == null || to == null || (from.intValue() == to.intValue() && located.ref().strength() == Strength.IMPLICIT)) {
                continue;
            }
            if (kind == RefKind.DEPENDS_ON) {
                Edge edge = new Edge(from, to, located.ref().strength(), located.ref().source(), located);
                found.add(edge);
                if (source.item().kind() == ItemKind.PHASE) {
                    phaseDependencies.add(edge);
                }
            } else {
                found.add(new Edge(to, from, Strength.IMPLICIT, PARTS, located));
                if (target.item().kind() == ItemKind.PHASE) {
                    if (startOf[to] < 0) {
                        startOf[to] = allNodes.size();
                        allNodes.add(target);
                    }
                    found.add(new Edge(from, startOf[to], Strength.IMPLICIT, located.ref().source(), located));
                }
            }
        }
        for (Edge dependency : phaseDependencies) {
            int start = startOf[dependency.from()];
            if (start >= 0) {
                found.add(new Edge(start, dependency.to(), dependency.strength(), dependency.source(), dependency.ref()));
            }
        }
        this.nodes = allNodes;
        this.edges = found;
        int count = allNodes.size();
        this.outStart = new int[count + 1];
        for (Edge edge : found) {
            outStart[edge.from() + 1]++;
        }
        for (int i = 0; i < count; i++) {
            outStart[i + 1] += outStart[i];
        }
        this.outEdges = new int[found.size()];
        int[] fill = Arrays.copyOf(outStart, count);
        for (int i = 0; i < found.size(); i++) {
            outEdges[fill[found.get(i).from()]++] = i;
        }
        this.component = components(count);
        this.cyclic = new boolean[count];
        boolean[] componentCyclic = new boolean[count];
        this.cycles = findCycles(count, componentCyclic);
        for (int node = 0; node < count; node++) {
            cyclic[node] = componentCyclic[component[node]];
        }
        this.wave = waves(count);
    }

    static SpecGraph of(SpecTree tree) {
        return new SpecGraph(tree);
    }

    /** The node of an item, or -1 when the item is not a task or phase of this tree. */
    private int node(Declared declared) {
        Integer index = indexOf.get(declared.item());
        return index == null ? -1 : index;
    }

    /** What the item waits for directly: the items its edges lead to, a phase's start expanded to what the phase waits for. */
    public List<Declared> dependencies(Declared declared) {
        int node = node(declared);
        List<Declared> found = new ArrayList<>();
        if (node < 0) {
            return found;
        }
        for (int e = outStart[node]; e < outStart[node + 1]; e++) {
            int target = edges.get(outEdges[e]).to();
            if (target < items) {
                found.add(nodes.get(target));
            } else {
                for (int f = outStart[target]; f < outStart[target + 1]; f++) {
                    found.add(nodes.get(edges.get(outEdges[f]).to()));
                }
            }
        }
        return found;
    }

    /** The edges leaving the item, with their sources. */
    public List<Edge> edgesFrom(Declared declared) {
        int node = node(declared);
        List<Edge> found = new ArrayList<>();
        if (node >= 0) {
            for (int e = outStart[node]; e < outStart[node + 1]; e++) {
                found.add(edges.get(outEdges[e]));
            }
        }
        return found;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Declared declared(int node) {
        return nodes.get(node);
    }

    /** True for a phase's virtual start node. */
    public boolean isStart(int node) {
        return node >= items;
    }

    public List<Cycle> cycles() {
        return cycles;
    }

    /** True when the item lies on a cycle: it can never start. */
    public boolean onCycle(Declared declared) {
        int node = node(declared);
        return node >= 0 && cyclic[node];
    }

    /** True when {@code from} waits for {@code to}, directly or through other items (a breadth-first search). */
    public boolean waitsFor(Declared from, Declared to) {
        int start = node(from);
        int goal = node(to);
        if (start < 0 || goal < 0) {
            return false;
        }
        boolean[] seen = new boolean[nodes.size()];
        int[] queue = new int[nodes.size()];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        seen[start] = true;
        while (head < tail) {
            int node = queue[head++];
            for (int e = outStart[node]; e < outStart[node + 1]; e++) {
                int target = edges.get(outEdges[e]).to();
                if (target == goal) {
                    return true;
                }
                if (!seen[target]) {
                    seen[target] = true;
                    queue[tail++] = target;
                }
            }
        }
        return false;
    }

    /** The wave of a task: 0 when it waits for no task, else one more than the latest task it waits for; -1 on or behind a cycle. */
    public int wave(Declared declared) {
        int node = node(declared);
        return node < 0 ? -1 : wave[node];
    }

    /**
     * True when the item is finished as its tool sees it. Finished tasks and phases let their dependents
     * start; a phase's start node is finished when everything the phase waits for is.
     */
    public boolean finished(Declared declared) {
        return tree.status(declared).finished();
    }

    /** The direct dependencies that are not finished yet. */
    public List<Declared> blockers(Declared declared) {
        List<Declared> blocking = new ArrayList<>();
        for (Declared dependency : dependencies(declared)) {
            if (!finished(dependency) && !blocking.contains(dependency)) {
                blocking.add(dependency);
            }
        }
        return blocking;
    }

    /**
     * What can start now, in document order: tasks that are not started, have no parts of their own (a
     * parent is done by doing its parts), lie on no cycle and wait for nothing unfinished.
     */
    public List<Declared> ready() {
        List<Declared> ready = new ArrayList<>();
        for (int node = 0; node < items; node++) {
            Declared declared = nodes.get(node);
            ItemStatus status = tree.status(declared);
            if (declared.item().kind() != ItemKind.TASK || (status != ItemStatus.TODO && status != ItemStatus.OPTIONAL)
                    || !tree.children(declared).isEmpty() || wave[node] < 0) {
                continue;
            }
            if (blockers(declared).isEmpty()) {
                ready.add(declared);
            }
        }
        return ready;
    }

    /** Tarjan's strongly connected components, without recursion. */
    private int[] components(int count) {
        int[] index = new int[count];
        int[] low = new int[count];
        int[] componentOf = new int[count];
        boolean[] onStack = new boolean[count];
        Arrays.fill(index, -1);
        int[] stack = new int[count];
        int stackSize = 0;
        int[] callNode = new int[count];
        int[] callEdge = new int[count];
        int next = 0;
        int components = 0;
        for (int root = 0; root < count; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = outStart[root];
            index[root] = low[root] = next++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = callNode[depth];
                if (callEdge[depth] < outStart[node + 1]) {
                    int target = edges.get(outEdges[callEdge[depth]++]).to();
                    if (index[target] < 0) {
                        index[target] = low[target] = next++;
                        stack[stackSize++] = target;
                        onStack[target] = true;
                        depth++;
                        callNode[depth] = target;
                        callEdge[depth] = outStart[target];
                    } else if (onStack[target]) {
                        low[node] = Math.min(low[node], index[target]);
                    }
                    continue;
                }
                if (low[node] == index[node]) {
                    int member;
                    do {
                        member = stack[--stackSize];
                        onStack[member] = false;
                        componentOf[member] = components;
                    } while (member != node);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }
        return componentOf;
    }

    /** One shortest cycle per component that has one, found by a breadth-first search inside the component. */
    private List<Cycle> findCycles(int count, boolean[] reported) {
        int[] size = new int[count];
        for (int node = 0; node < count; node++) {
            size[component[node]]++;
        }
        int[] viaEdge = new int[count];
        int[] queue = new int[count];
        int[] seenIn = new int[count];
        Arrays.fill(seenIn, -1);
        List<Cycle> found = new ArrayList<>();
        for (int start = 0; start < count; start++) {
            int comp = component[start];
            if (reported[comp] || start >= items) {
                continue;
            }
            boolean selfLoop = false;
            for (int e = outStart[start]; e < outStart[start + 1]; e++) {
                selfLoop |= edges.get(outEdges[e]).to() == start;
            }
            if (size[comp] < 2 && !selfLoop) {
                continue;
            }

            reported[comp] = true;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seenIn[start] = start;
            int closing = -1;
            while (head < tail && closing < 0) {
                int node = queue[head++];
                for (int e = outStart[node]; e < outStart[node + 1]; e++) {
                    int edgeIndex = outEdges[e];
                    int target = edges.get(edgeIndex).to();
                    if (component[target] != comp) {
                        continue;
                    }
                    if (target == start) {
                        closing = edgeIndex;
                        break;
                    }
                    if (seenIn[target] != start) {
                        seenIn[target] = start;
                        viaEdge[target] = edgeIndex;
                        queue[tail++] = target;
                    }
                }
            }
            if (closing < 0) {
                continue;
            }
            List<Edge> path = new ArrayList<>();
            path.add(edges.get(closing));
            int node = edges.get(closing).from();
            while (node != start) {
                Edge edge = edges.get(viaEdge[node]);
                path.add(0, edge);
                node = edge.from();
            }
            List<Declared> members = new ArrayList<>();
            for (Edge edge : path) {
                if (edge.from() < items) {
                    members.add(nodes.get(edge.from()));
                }
            }
            found.add(new Cycle(members, path));
        }
        return found;
    }

    /** Kahn's order over "waits for": a node's wave counts only the tasks on its longest chain. */
    private int[] waves(int count) {
        int[] pending = new int[count];
        int[] inStart = new int[count + 1];
        for (Edge edge : edges) {
            pending[edge.from()]++;
            inStart[edge.to() + 1]++;
        }
        for (int i = 0; i < count; i++) {
            inStart[i + 1] += inStart[i];
        }
        int[] inEdges = new int[edges.size()];
        int[] fill = Arrays.copyOf(inStart, count);
        for (int i = 0; i < edges.size(); i++) {
            inEdges[fill[edges.get(i).to()]++] = i;
        }
        int[] result = new int[count];
        Arrays.fill(result, -1);
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        for (int node = 0; node < count; node++) {
            if (pending[node] == 0) {
                result[node] = 0;
                queue[tail++] = node;
            }
        }
        int[] best = new int[count];
        while (head < tail) {
            int node = queue[head++];
            int after = result[node] + (node < items && nodes.get(node).item().kind() == ItemKind.TASK ? 1 : 0);
            for (int e = inStart[node]; e < inStart[node + 1]; e++) {
                int waiting = edges.get(inEdges[e]).from();
                best[waiting] = Math.max(best[waiting], after);
                if (--pending[waiting] == 0) {
                    result[waiting] = best[waiting];
                    queue[tail++] = waiting;
                }
            }
        }
        return result;
    }
}
