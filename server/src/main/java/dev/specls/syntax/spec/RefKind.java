package dev.specls.syntax.spec;

/** What a reference from one item to another means. */
public enum RefKind {
    /** The source cannot start before the target is finished: an edge of the graph. */
    DEPENDS_ON("depends on"),
    /** The source is part of the target (a sub-task of a task, a task of a milestone). */
    PARENT("is part of"),
    /** The source does work that a requirement, criterion or story asks for. */
    IMPLEMENTS("implements"),
    /** The source checks a requirement or criterion (a design property, a checklist item). */
    VALIDATES("validates"),
    /** The source mentions the target without a stated relation. */
    CITES("cites");

    private final String phrase;

    RefKind(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    /** True for the relations that say the target is covered by the source. */
    public boolean covers() {
        return this == IMPLEMENTS || this == VALIDATES;
    }
}
