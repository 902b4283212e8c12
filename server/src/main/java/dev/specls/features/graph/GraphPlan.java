package dev.specls.features.graph;

import java.util.List;

/**
 * One plan file's tasks by phase, as sago reads them; {@code file} is relative to the current folder, with {@code /}.
 *
 * @param note why sago reads no task, or not the plan, from this file; {@code null} when it reads the plan
 */
public record GraphPlan(String file, List<GraphPhase> phases, String note) {
}
