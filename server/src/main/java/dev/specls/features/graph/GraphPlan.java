package dev.specls.features.graph;

import java.util.List;

/** One plan file's tasks by phase; {@code file} is relative to the current folder, with {@code /}. */
public record GraphPlan(String file, List<GraphPhase> phases) {
}
