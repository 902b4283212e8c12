package dev.specls.check;

/** A rule's identity, held once: the stable code, the default severity and the one-line summary. */
public abstract class AbstractRule implements Rule {

    private final String code;
    private final Severity defaultSeverity;
    private final String summary;

    protected AbstractRule(String code, Severity defaultSeverity, String summary) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
