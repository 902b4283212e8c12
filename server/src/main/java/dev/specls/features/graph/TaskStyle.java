package dev.specls.features.graph;

import dev.specls.syntax.state.StateMark;

/** How the diagrams colour a task by its STATE.md status; pending tasks keep the default look. */
public enum TaskStyle {
    DONE(StateMark.DONE, "#d3f9d8", "#2b8a3e"),
    FAILED(StateMark.FAILED, "#ffe3e3", "#c92a2a"),
    SKIPPED(StateMark.SKIPPED, "#f1f3f5", "#868e96");

    private final StateMark mark;
    public final String fill;
    public final String stroke;

    TaskStyle(StateMark mark, String fill, String stroke) {
        this.mark = mark;
        this.fill = fill;
        this.stroke = stroke;
    }

    public String word() {
        return mark.word();
    }

    /** The style of a status, or {@code null} for pending and anything unknown. */
    public static TaskStyle of(String status) {
        StateMark mark = StateMark.ofWord(status);
        for (TaskStyle style : values()) {
            if (style.mark == mark) {
                return style;
            }
        }
        return null;
    }
}
