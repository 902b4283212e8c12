package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How the files of a format group into spec sets. The workspace first asks each file's {@link
 * #groupOf group} (its folder, the root of its tree), then hands all files of one group to {@link
 * #specSets}, again whenever one of them changes. Implementations are stateless and compare by
 * identity: one instance per layout.
 */
public interface SpecSetLayout {

    /**
     * The folder that the file's spec set is grouped under: its own folder for a folder layout, the
     * folder holding {@code SAGA.md} for a file anywhere in a Saga tree; {@code null} when the path
     * lies in no group of this layout.
     */
    Path groupOf(Path file);

    /**
     * The group of a file of this kind: where {@link #groupOf(Path)} puts its path, unless the layout
     * groups a file that {@code [files]} settings gave this kind elsewhere than its tool keeps it.
     */
    default Path groupOf(Path file, FileKind kind) {
        return groupOf(file);
    }

    /**
     * The spec sets of one group, made of its members (sorted by path, every one of a kind this
     * layout groups) and, for each, {@link SpecSet#replacing} the spec set that {@code previous} held for
     * it, so that what was derived from unchanged members is kept.
     *
     * @param group {@code null} for an editor buffer with no file, which stands alone
     */
    List<SpecSet> specSets(Path group, List<SourceFile> members, List<SpecSet> previous);

    /**
     * The members of a spec set of this layout whose findings may differ from those of the spec set it replaced
     * when {@code changed} is what changed: every member, unless the layout can tell that an edit reaches fewer.
     */
    default List<SourceFile> affectedMembers(SpecSet specSet, URI changed) {
        return specSet.members();
    }
}
