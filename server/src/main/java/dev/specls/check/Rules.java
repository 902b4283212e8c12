package dev.specls.check;

import dev.specls.check.plan.PlanDependencyRules;
import dev.specls.check.plan.PlanStructureRules;
import dev.specls.check.prompt.PromptRules;
import dev.specls.check.requirements.RequirementsRules;
import dev.specls.check.state.StateRules;
import java.util.ArrayList;
import java.util.List;

/** Every rule specls has, in the order docs/rules.md lists them. */
public final class Rules {

    private static final List<Rule> ALL = collect();
    private static final List<WorkspaceRule> WORKSPACE = workspaceRules();

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The checks of the workspace as a whole. */
    public static List<WorkspaceRule> workspace() {
        return WORKSPACE;
    }

    private static List<WorkspaceRule> workspaceRules() {
        List<WorkspaceRule> rules = new ArrayList<>();
        rules.add(new UnreadFile());
        rules.addAll(PromptRules.all());
        return List.copyOf(rules);
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
