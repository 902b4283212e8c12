package dev.specls.check;

import dev.specls.workspace.SpecSet;
import java.util.Set;

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

    /**
     * The parts of a task this rule's findings depend on. After an edit of the plan that stays inside one
     * task, keeps every line's number and leaves these parts of that task, the plan's verdict and the other
     * members as they were, the rule's findings of the version before still hold, moved with the text: the
     * checker replays them instead of running the rule. A rule may read anything else of the spec set but the
     * edited task. By default the task's whole text, which every such edit changes, so the rule runs again.
     */
    default Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.TEXT);
    }
}
