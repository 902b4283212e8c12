package dev.specls.llm;

/** A planning command that cannot go on, with a message for the user that names no secret. */
public final class LlmException extends Exception {

    /** What went wrong, so callers can choose an exit code or a message type. */
    public enum Kind {
        NOT_CONFIGURED, REFUSED_KEY, RATE_LIMITED, TIMEOUT, UNREACHABLE, SERVER_ERROR, CANCELLED, INVALID_INPUT
    }

    private final Kind kind;

    public LlmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
