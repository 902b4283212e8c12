package dev.specls.check;

import dev.specls.workspace.WorkspaceView;

/**
 * A check of the workspace as a whole rather than of one spec set, such as spec files that were not
 * read. Identified, configured and documented like a {@link Rule}; it never does I/O either.
 */
public interface WorkspaceRule {

    /** Stable code, {@code area/kebab-name}. */
    String code();

    Severity defaultSeverity();

    /** One sentence for {@code docs/rules.md}. */
    String summary();

    void check(WorkspaceView workspace, FindingSink sink);
}
