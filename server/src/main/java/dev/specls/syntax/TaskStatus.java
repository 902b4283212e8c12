package dev.specls.syntax;

/**
 * Where a sago task stands: the marks STATE.md records ({@code [✓]}, {@code [✗]}, {@code [⊘]}) and
 * pending, which is what a task without a line sago reads is. The one status every reader of sago's
 * progress shares: the STATE.md parser, the spec set, the state rules, the plan's hovers, hints,
 * outline and graphs, and {@code specls ready} and {@code status}.
 */
public enum TaskStatus {
    PENDING('\0', "pending"),
    DONE('✓', "done"),
    FAILED('✗', "failed"),
    SKIPPED('⊘', "skipped");

    private final char symbol;
    private final String word;

    TaskStatus(char symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /** The symbol STATE.md writes between brackets; {@code '\0'} for pending, which has none. */
    public char symbol() {
        return symbol;
    }

    /** The status word used in output: pending, done, failed, skipped. */
    public String word() {
        return word;
    }

    /** Whether sago lets the task's dependents start: done or skipped. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }

    /** The status of a {@link #word}, or {@code null} for any other word. */
    public static TaskStatus ofWord(String word) {
        for (TaskStatus status : values()) {
            if (status.word.equals(word)) {
                return status;
            }
        }
        return null;
    }

    /** The status a STATE.md mark records, or {@code null} for any other character. */
    public static TaskStatus ofMark(char symbol) {
        for (TaskStatus status : values()) {
            if (status != PENDING && status.symbol == symbol) {
                return status;
            }
        }
        return null;
    }
}
