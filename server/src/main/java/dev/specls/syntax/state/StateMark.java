package dev.specls.syntax.state;

/** The mark of a STATE.md task line. */
public enum StateMark {
    DONE('✓', "done"),
    FAILED('✗', "failed"),
    SKIPPED('⊘', "skipped");

    private final char symbol;
    private final String word;

    StateMark(char symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public char symbol() {
        return symbol;
    }

    /** The status word used in output: done, failed, skipped. */
    public String word() {
        return word;
    }

    /** The mark of a status word ({@code done}, {@code failed}, {@code skipped}), or {@code null} for pending and anything else. */
    public static StateMark ofWord(String word) {
        for (StateMark mark : values()) {
            if (mark.word.equals(word)) {
                return mark;
            }
        }
        return null;
    }

    public static StateMark of(char symbol) {
        for (StateMark mark : values()) {
            if (mark.symbol == symbol) {
                return mark;
            }
        }
        return null;
    }
}
