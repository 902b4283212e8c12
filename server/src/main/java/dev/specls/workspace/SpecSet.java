package dev.specls.workspace;

import java.nio.file.Path;

/**
 * A folder's plan with the requirements and state files beside it (FORMATS.md §1). References
 * resolve inside their spec set. Any member may be null.
 */
public final class SpecSet {

    private final Path folder;
    private final SourceFile plan;
    private final SourceFile requirements;
    private final SourceFile state;

    public SpecSet(Path folder, SourceFile plan, SourceFile requirements, SourceFile state) {
        this.folder = folder;
        this.plan = plan;
        this.requirements = requirements;
        this.state = state;
    }

    public Path folder() {
        return folder;
    }

    public SourceFile plan() {
        return plan;
    }

    public SourceFile requirements() {
        return requirements;
    }

    public SourceFile state() {
        return state;
    }
}
