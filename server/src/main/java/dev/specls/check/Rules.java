package dev.specls.check;

import dev.specls.check.plan.PlanDependencyRules;
import dev.specls.check.plan.PlanStructureRules;
import dev.specls.check.requirements.RequirementsRules;
import dev.specls.check.state.StateRules;
import java.util.ArrayList;
import java.util.List;

/** Every rule specls has, in the order docs/rules.md lists them. */
public final class Rules {

    private static final List<Rule> ALL = collect();

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(PlanStructureRules.all());
        rules.addAll(PlanDependencyRules.all());
        rules.addAll(RequirementsRules.all());
        rules.addAll(StateRules.all());
        return List.copyOf(rules);
    }
}
