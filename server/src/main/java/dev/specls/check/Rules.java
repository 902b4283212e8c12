package dev.specls.check;

import java.util.List;

/** The rules that look at the workspace as a whole; each format's own rules are in its row of the formats table. */
public final class Rules {

    private static final List<WorkspaceRule> WORKSPACE = List.of(new UnreadFile());

    private Rules() {
    }

    /** The checks of the workspace as a whole. */
    public static List<WorkspaceRule> workspace() {
        return WORKSPACE;
    }
}
