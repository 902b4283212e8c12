package dev.specls.syntax.spec;

/** What a declared item of a spec set is. */
public enum ItemKind {
    REQUIREMENT("requirement"),
    CRITERION("acceptance criterion"),
    STORY("user story"),
    TASK("task"),
    /** A phase of a task list, or a Saga milestone: it groups tasks and runs in order. */
    PHASE("phase"),
    CHECKLIST_ITEM("checklist item"),
    PRINCIPLE("principle");

    private final String word;

    ItemKind(String word) {
        this.word = word;
    }

    /** How messages name the kind. */
    public String word() {
        return word;
    }

    /** What the format calls an item of the kind: a Saga phase is a milestone, a GSD task is a plan. */
    public String word(SpecFormat format) {
        if (format == SpecFormat.SAGA && this == PHASE) {
            return "milestone";
        }
        if (format == SpecFormat.GSD && this == TASK) {
            return "plan";
        }
        return word;
    }

    /** True for the kinds that the graph orders: tasks and the phases that hold them. */
    public boolean scheduled() {
        return this == TASK || this == PHASE;
    }
}
