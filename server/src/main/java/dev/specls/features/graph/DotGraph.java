package dev.specls.features.graph;

import dev.specls.features.graph.GraphDrawing.Chart;
import dev.specls.features.graph.GraphDrawing.Cluster;
import dev.specls.features.graph.GraphDrawing.Edge;
import dev.specls.features.graph.GraphDrawing.Node;

/** A Graphviz digraph: a cluster per phase, solid explicit edges, dotted implicit ones, filled statuses. */
public final class DotGraph {

    private DotGraph() {
    }

    public static String render(GraphDrawing drawing) {
        StringBuilder out = new StringBuilder("digraph plan {\n  node [shape=box];\n");
        boolean wrapPlans = drawing.charts().size() > 1;
        for (Chart chart : drawing.charts()) {
            if (chart.note() != null) {
                out.append("  // ").append(chart.label()).append(": ").append(chart.note()).append('\n');
            }
            String indent = "  ";
            if (wrapPlans) {
                out.append(indent).append("subgraph cluster_").append(chart.name()).append(" {\n")
                        .append(indent).append("  label=").append(quoted(chart.label())).append(";\n");
                indent = "    ";
            }
            for (Cluster cluster : chart.clusters()) {
                out.append(indent).append("subgraph cluster_").append(cluster.name()).append(" {\n")
                        .append(indent).append("  label=").append(quoted(cluster.label())).append(";\n");
                for (Node node : cluster.nodes()) {
                    out.append(indent).append("  ").append(node.name()).append(" [label=").append(quoted(node.label()));
                    TaskStyle style = TaskStyle.of(node.task().status());
                    if (style != null) {
                        out.append(", style=filled, fillcolor=").append(quoted(style.fill))
                                .append(", color=").append(quoted(style.stroke));
                    }
                    out.append("];\n");
                }
                out.append(indent).append("}\n");
            }
            if (wrapPlans) {
                out.append("  }\n");
            }
        }
        for (Edge edge : drawing.edges()) {
            out.append("  ").append(edge.from()).append(" -> ").append(edge.to()).append(edge.implicit() ? " [style=dotted]" : "").append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT quoted string: backslashes and quotes escaped (a lone backslash would start an escape like \n), line breaks as spaces. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
