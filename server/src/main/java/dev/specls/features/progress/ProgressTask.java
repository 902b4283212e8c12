package dev.specls.features.progress;

import java.util.List;

/**
 * One task as {@code specls ready} and {@code specls status} show it.
 *
 * @param status    the tool's status word ("todo", "done", "in progress", sago's "pending")
 * @param ready     nothing it waits for is unfinished, it is not started, and it lies on no cycle
 * @param blockedBy the ids of the unfinished items it waits for directly
 * @param file      where it is declared, relative to where specls runs
 * @param line      1-based line of its declaration
 */
public record ProgressTask(String id, String name, String status, boolean ready, List<String> blockedBy, String file, int line) {

    public ProgressTask {
        blockedBy = List.copyOf(blockedBy);
    }
}
