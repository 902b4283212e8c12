package dev.specls.cli;

import java.util.List;

/** Paths the user named that hold no spec file: a mistyped path in CI must not pass green. */
final class NothingToCheckException extends Exception {

    private final List<String> problems;

    NothingToCheckException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per path. */
    List<String> problems() {
        return problems;
    }
}
