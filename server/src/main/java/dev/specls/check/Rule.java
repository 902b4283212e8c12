package dev.specls.check;

import dev.specls.workspace.SpecSet;

/**
 * One check. Each rule is a small class with a stable code ({@code plan/dangling-dependency}), a
 * default severity, and a line in {@code docs/rules.md}. Rules read a spec set and report through the
 * sink; they never do I/O and never throw on any input.
 */
public interface Rule {

    /** Stable code, {@code area/kebab-name}. */
    String code();

    Severity defaultSeverity();

    /** One sentence for {@code docs/rules.md} and {@code specls --help}. */
    String summary();

    void check(SpecSet specSet, FindingSink sink);
}
