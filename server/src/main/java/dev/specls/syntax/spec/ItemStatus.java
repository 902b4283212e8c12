package dev.specls.syntax.spec;

/** Where an item stands, as its tool records it. */
public enum ItemStatus {
    TODO("todo"),
    IN_PROGRESS("in progress"),
    BLOCKED("blocked"),
    DONE("done"),
    FAILED("failed"),
    SKIPPED("skipped"),
    /** Kiro's {@code [ ]*}: the tool may leave it undone. */
    OPTIONAL("optional"),
    CANCELLED("cancelled");

    private final String word;

    ItemStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** True when nothing more will be done for the item: what lets its dependents start. */
    public boolean finished() {
        return this == DONE || this == SKIPPED || this == CANCELLED;
    }

    /** True when the item still has to be done before the work is complete. */
    public boolean open() {
        return this == TODO || this == IN_PROGRESS || this == BLOCKED || this == FAILED;
    }
}
