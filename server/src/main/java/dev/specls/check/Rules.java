package dev.specls.check;

import java.util.List;

/** Every rule specls has, in the order docs/rules.md lists them. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
