package dev.specls.check.state;

import java.util.Locale;

/** Task names as STATE.md and the plan are compared: trimmed, without case, runs of whitespace as one space. */
final class TaskNames {

    private TaskNames() {
    }

    static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
