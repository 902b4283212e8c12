package dev.specls.features.progress;

import java.util.List;
import java.util.Set;

/**
 * The progress of one spec set: its groups with their tasks, and what can start now.
 *
 * @param path   the spec set's plan file or folder, relative to where specls runs
 * @param format the format's code ({@code sago}, {@code speckit}, {@code kiro}, {@code saga}, {@code gsd}, {@code specpilot})
 * @param tool   the tool's name for people
 */
public record Progress(String path, String format, String tool, List<ProgressGroup> groups) {

    /** The status words that count as done in the totals. */
    static final Set<String> FINISHED = Set.of("done", "skipped", "cancelled");

    public Progress {
        groups = List.copyOf(groups);
    }

    public List<ProgressTask> ready() {
        return groups.stream().flatMap(group -> group.tasks().stream()).filter(ProgressTask::ready).toList();
    }

    public long done() {
        return groups.stream().mapToLong(ProgressGroup::done).sum();
    }

    public long total() {
        return groups.stream().mapToLong(group -> group.tasks().size()).sum();
    }
}
