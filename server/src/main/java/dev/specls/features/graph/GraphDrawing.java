package dev.specls.features.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagram formats draw, decided once: unique node names made of safe characters (task ids may
 * repeat, be empty or hold any character), one cluster per phase, and the edges. An implicit dependency
 * is drawn only from the task just before in the phase: the rest follows transitively and the picture
 * stays readable.
 *
 * @param charts one per plan; the diagrams wrap each in its own cluster only when there are several
 */
public record GraphDrawing(List<Chart> charts, List<Edge> edges) {

    public record Node(String name, GraphTask task) {

        /** "1.1 Create config": what a reader looks for first is the id. */
        public String label() {
            String id = task.id();
            String name = task.name();
            if (id.isEmpty()) {
                return name.isEmpty() ? "(task without id)" : name;
            }
            return name.isEmpty() ? id : id + " " + name;
        }
    }

    public record Cluster(String name, String label, List<Node> nodes) {
    }

    /** One plan; {@code note} says why sago reads no task or not the plan from it, else {@code null}. */
    public record Chart(String name, String label, List<Cluster> clusters, String note) {
    }

    public record Edge(String from, String to, boolean implicit) {
    }

    public static GraphDrawing of(List<GraphPlan> plans) {
        Names names = new Names();
        List<Chart> charts = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (GraphPlan plan : plans) {
            Map<String, String> nodeOfId = new HashMap<>();
            List<Cluster> clusters = new ArrayList<>();
            List<List<Node>> nodesByPhase = new ArrayList<>();
            for (GraphPhase phase : plan.phases()) {
                List<Node> nodes = new ArrayList<>();
                for (GraphTask task : phase.tasks()) {
                    Node node = new Node(names.unique("t_" + safe(task.id())), task);
                    nodeOfId.putIfAbsent(task.id(), node.name());
                    nodes.add(node);
                }
                // An empty title would leave a box nobody can name, and Mermaid may refuse an empty label.
                String label = phase.name().isBlank() ? "(phase without name)" : phase.name();
                clusters.add(new Cluster(names.unique("phase_" + (clusters.size() + 1)), label, nodes));
                nodesByPhase.add(nodes);
            }
            for (List<Node> nodes : nodesByPhase) {
                for (int i = 0; i < nodes.size(); i++) {
                    Node node = nodes.get(i);
                    for (String dependency : node.task().dependsOn()) {
                        String from = nodeOfId.get(dependency);
                        if (from != null) {
                            edges.add(new Edge(from, node.name(), false));
                        }
                    }
                    if (i > 0 && !node.task().implicitDependsOn().isEmpty()) {
                        edges.add(new Edge(nodes.get(i - 1).name(), node.name(), true));
                    }
                }
            }
            charts.add(new Chart(names.unique("plan_" + (charts.size() + 1)), plan.file(), clusters, plan.note()));
        }
        return new GraphDrawing(charts, edges);
    }

    /** Every character that is not an ASCII letter, digit or underscore becomes an underscore. */
    public static String safe(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            out.append(plain ? c : '_');
        }
        return out.toString();
    }

    /** Hands out each name once; a name already taken gets {@code _2}, {@code _3}, … */
    private static final class Names {

        private final Set<String> taken = new HashSet<>();

        String unique(String base) {
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "_" + n;
            }
            return name;
        }
    }
}
