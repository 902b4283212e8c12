package dev.specls.llm;

/** Told of each step of a planning command, for the editor's progress and the command line's stderr. */
@FunctionalInterface
public interface PlanningProgress {

    PlanningProgress NONE = (message, percentage) -> { };

    void report(String message, int percentage);
}
