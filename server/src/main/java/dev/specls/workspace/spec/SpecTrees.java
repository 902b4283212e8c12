package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecRole;
import java.nio.file.Path;
import java.util.List;

/** Which groups of spec files make a spec tree: the files a tool needs before it reads any of them. */
public final class SpecTrees {

    private SpecTrees() {
    }

    /**
     * The tree of one group's files, or {@code null} when the group is not a spec set of the format: a
     * {@code PROGRESS.md} with no {@code SAGA.md} or milestone beside it, a {@code plan.md} with no
     * specpilot {@code needs.md} or {@code impl_notes.md}.
     */
    public static SpecTree of(SpecFormat format, Path root, List<SpecFile> files) {
        boolean anchored = switch (format) {
            case SAGA -> files.stream().anyMatch(file -> file.document().role() != SpecRole.PROGRESS);
            case SPECPILOT -> files.stream().anyMatch(file -> file.document().role() == SpecRole.NOTES);
            default -> !files.isEmpty();
        };
        return anchored ? new SpecTree(format, root, files) : null;
    }
}
