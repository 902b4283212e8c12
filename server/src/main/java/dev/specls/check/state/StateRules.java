package dev.specls.check.state;

import dev.specls.check.Rule;
import java.util.List;

/** The rules about STATE.md: task lines, their order and sections, in the order docs/rules.md lists them. */
public final class StateRules {

    private StateRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new UnknownStateTask(),
                new DuplicateStateEntry(),
                new UnreadableStateLine(),
                new DoneBeforeDependencies(),
                new StateNameMismatch(),
                new MissingStateSection());
    }
}
