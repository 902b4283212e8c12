package dev.specls.features.progress;

import java.util.List;

/** A phase or milestone (or, in Kiro, a top-level task with its sub-tasks) and how far it is. */
public record ProgressGroup(String kind, String id, String title, String status, List<ProgressTask> tasks) {

    public ProgressGroup {
        tasks = List.copyOf(tasks);
    }

    public long done() {
        return tasks.stream().filter(task -> Progress.FINISHED.contains(task.status())).count();
    }
}
