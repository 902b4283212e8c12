package dev.specls.features.graph;

import dev.specls.features.graph.GraphDrawing.Chart;
import dev.specls.features.graph.GraphDrawing.Cluster;
import dev.specls.features.graph.GraphDrawing.Edge;
import dev.specls.features.graph.GraphDrawing.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A Mermaid flowchart: a subgraph per phase, solid explicit edges, dotted implicit ones, coloured statuses. */
public final class MermaidGraph {

    private MermaidGraph() {
    }

    public static String render(GraphDrawing drawing) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        boolean wrapPlans = drawing.charts().size() > 1;
        Map<TaskStyle, List<String>> styled = new EnumMap<>(TaskStyle.class);
        for (Chart chart : drawing.charts()) {
            if (chart.note() != null) {
                out.append("  %% ").append(chart.label()).append(": ").append(chart.note()).append('\n');
            }
            String indent = "  ";
            if (wrapPlans) {
                out.append(indent).append("subgraph ").append(chart.name()).append("[\"").append(label(chart.label())).append("\"]\n");
                indent = "    ";
            }
            for (Cluster cluster : chart.clusters()) {
                out.append(indent).append("subgraph ").append(cluster.name()).append("[\"").append(label(cluster.label())).append("\"]\n");
                for (Node node : cluster.nodes()) {
                    out.append(indent).append("  ").append(node.name()).append("[\"").append(label(node.label())).append("\"]\n");
                    TaskStyle style = TaskStyle.of(node.task().status());
                    if (style != null) {
                        styled.computeIfAbsent(style, ignored -> new ArrayList<>()).add(node.name());
                    }
                }
                out.append(indent).append("end\n");
            }
            if (wrapPlans) {
                out.append("  end\n");
            }
        }
        for (Edge edge : drawing.edges()) {
            out.append("  ").append(edge.from()).append(edge.implicit() ? " -.-> " : " --> ").append(edge.to()).append('\n');
        }
        styled.forEach((style, nodes) -> {
            out.append("  classDef ").append(style.word()).append(" fill:").append(style.fill).append(",stroke:").append(style.stroke).append('\n');
            out.append("  class ").append(String.join(",", nodes)).append(' ').append(style.word()).append('\n');
        });
        return out.toString();
    }

    /**
     * Text inside {@code ["..."]}: Mermaid reads {@code #name;} entity codes, so quotes, the markup
     * characters and {@code #} itself are written as codes, and line breaks become spaces.
     */
    public static String label(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
