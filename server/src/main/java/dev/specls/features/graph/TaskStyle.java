package dev.specls.features.graph;

import java.util.Locale;

/** How the diagrams colour a task by its STATE.md status; pending tasks keep the default look. */
public enum TaskStyle {
    DONE("#d3f9d8", "#2b8a3e"),
    FAILED("#ffe3e3", "#c92a2a"),
    SKIPPED("#f1f3f5", "#868e96");

    public final String fill;
    public final String stroke;

    TaskStyle(String fill, String stroke) {
        this.fill = fill;
        this.stroke = stroke;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style of a status, or {@code null} for pending and anything unknown. */
    public static TaskStyle of(String status) {
        for (TaskStyle style : values()) {
            if (style.word().equals(status)) {
                return style;
            }
        }
        return null;
    }
}
