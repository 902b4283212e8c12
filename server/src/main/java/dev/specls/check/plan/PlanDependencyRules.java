package dev.specls.check.plan;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about a plan's dependencies, verify commands and requirement citations, in the order docs/rules.md lists them. */
public final class PlanDependencyRules {

    private static final List<Rule> ALL = List.of(
            new DanglingDependency(),
            new SelfDependency(),
            new DependencyCycle(),
            new BackwardPhaseDependency(),
            new ForwardDependency(),
            new EmptyDependsOn(),
            new OverSpecifiedDependencies(),
            new ParallelFileConflict(),
            new VerifyCannotFail(),
            new DangerousVerify(),
            new UnknownRequirement());

    private PlanDependencyRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
