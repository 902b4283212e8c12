package dev.specls.check.requirements;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about REQUIREMENTS.md: declarations, syntax and coverage, in the order docs/rules.md lists them. */
public final class RequirementsRules {

    private RequirementsRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DuplicateRequirementId(),
                new UnparsedRequirementLine(),
                new EmptyRequirementText(),
                new UncoveredRequirement(),
                new DoneRequirementWithOpenTasks());
    }
}
