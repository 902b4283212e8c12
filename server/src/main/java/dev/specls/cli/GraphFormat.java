package dev.specls.cli;

import dev.specls.features.graph.DotGraph;
import dev.specls.features.graph.GraphDrawing;
import dev.specls.features.graph.GraphPlan;
import dev.specls.features.graph.MermaidGraph;
import java.util.List;

/** The output formats of {@code specls graph}. */
enum GraphFormat {
    JSON {
        @Override
        String render(List<GraphPlan> plans) {
            return GraphJson.render(plans);
        }
    },
    MERMAID {
        @Override
        String render(List<GraphPlan> plans) {
            return MermaidGraph.render(GraphDrawing.of(plans));
        }
    },
    DOT {
        @Override
        String render(List<GraphPlan> plans) {
            return DotGraph.render(GraphDrawing.of(plans));
        }
    };

    abstract String render(List<GraphPlan> plans);
}
