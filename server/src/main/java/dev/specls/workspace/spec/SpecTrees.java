package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecDocument;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The spec tree of a spec set of a non-sago format, derived once per spec set (a spec set is immutable,
 * and a new version of one member makes a new one), and which groups of files make a tree at all.
 */
public final class SpecTrees {

    /** Trees by spec set, by identity; a spec set no longer held is dropped with its tree. */
    private static final Map<SpecSet, SpecTree> TREES = Collections.synchronizedMap(new WeakHashMap<>());

    private SpecTrees() {
    }

    /** The tree of the spec set, or {@code null} when its files are not of a non-sago spec format. */
    public static SpecTree of(SpecSet specSet) {
        if (specSet == null || specSet.folder() == null || specSet.members().isEmpty()
                || specSet.members().get(0).tree(SpecDocument.class) == null) {
            return null;
        }
        SpecTree known = TREES.get(specSet);
        if (known != null) {
            return known;
        }
        SpecFormat format = specSet.members().get(0).tree(SpecDocument.class).format();
        SpecTree tree = of(format, specSet.folder(), SpecTreeLayout.of(format).specFiles(specSet.members()));
        if (tree != null) {
            TREES.put(specSet, tree);
        }
        return tree;
    }

    /** True when the file is read by one of these formats. */
    public static boolean isSpecFile(SourceFile file) {
        return file != null && file.tree(SpecDocument.class) != null;
    }

    /**
     * The tree of one group's files, or {@code null} when the group is not a spec set of the format: a
     * {@code PROGRESS.md} with no {@code SAGA.md} or milestone beside it, a {@code plan.md} with no
     * specpilot {@code needs.md} or {@code impl_notes.md}.
     */
    public static SpecTree of(SpecFormat format, Path root, List<SpecFile> files) {
        return anchored(format, files.stream().map(SpecFile::document).toList()) ? new SpecTree(format, root, files) : null;
    }

    /** True when documents of these roles make a spec set of the format, which {@link #of(SpecFormat, Path, List)} then builds. */
    static boolean anchored(SpecFormat format, List<SpecDocument> documents) {
        return switch (format) {
            case SAGA -> documents.stream().anyMatch(document -> document.role() != SpecRole.PROGRESS);
            case SPECPILOT -> documents.stream().anyMatch(document -> document.role() == SpecRole.NOTES);
            default -> !documents.isEmpty();
        };
    }
}
