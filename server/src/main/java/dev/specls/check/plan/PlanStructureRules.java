package dev.specls.check.plan;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about the shape of a plan: its block, XML, elements, ids, fields, phases and files, in the order docs/rules.md lists them. */
public final class PlanStructureRules {

    private PlanStructureRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
