package dev.specls.features.graph;

import java.util.List;

/** A phase of a plan with its tasks in document order. */
public record GraphPhase(String name, List<GraphTask> tasks) {
}
