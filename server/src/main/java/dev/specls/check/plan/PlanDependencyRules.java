package dev.specls.check.plan;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about a plan's dependencies, verify commands and requirement citations, in the order docs/rules.md lists them. */
public final class PlanDependencyRules {

    private static final List<Rule> ALL = List.of(
            new DanglingDependencyRule(),
            new SelfDependencyRule(),
            new DependencyCycleRule(),
            new BackwardPhaseDependencyRule(),
            new ForwardDependencyRule(),
            new EmptyDependsOnRule(),
            new OverSpecifiedDependenciesRule(),
            new ParallelFileConflictRule(),
            new VerifyCannotFailRule(),
            new DangerousVerifyRule(),
            new UnknownRequirementRule());

    private PlanDependencyRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
