package dev.specls.features.graph;

import dev.specls.syntax.TaskStatus;

/** How the diagrams colour a task by its STATE.md status; pending tasks keep the default look. */
public enum TaskStyle {
    DONE(TaskStatus.DONE, "#d3f9d8", "#2b8a3e"),
    FAILED(TaskStatus.FAILED, "#ffe3e3", "#c92a2a"),
    SKIPPED(TaskStatus.SKIPPED, "#f1f3f5", "#868e96");

    private final TaskStatus status;
    public final String fill;
    public final String stroke;

    TaskStyle(TaskStatus status, String fill, String stroke) {
        this.status = status;
        this.fill = fill;
        this.stroke = stroke;
    }

    public String word() {
        return status.word();
    }

    /** The style of a status, or {@code null} for pending and anything unknown. */
    public static TaskStyle of(String status) {
        TaskStatus taskStatus = TaskStatus.ofWord(status);
        for (TaskStyle style : values()) {
            if (style.status == taskStatus) {
                return style;
            }
        }
        return null;
    }
}
