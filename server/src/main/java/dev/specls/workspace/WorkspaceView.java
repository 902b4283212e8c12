package dev.specls.workspace;

import java.net.URI;
import java.util.Collection;
import java.util.Map;

/** What editor features read of the workspace: files and spec sets at their current versions. */
public interface WorkspaceView {

    /** The file at its current version, or {@code null} when the workspace does not hold it. */
    SourceFile file(URI uri);

    Collection<SourceFile> files();

    /** The spec set the file belongs to, or {@code null}. */
    SpecSet specSetOf(URI uri);

    Collection<SpecSet> specSets();

    /** Spec files on disk that were not read, each with why (completing "it …"). */
    Map<URI, String> unreadFiles();

    /** False for a file an edit would reach only through a link: specls never offers to edit one. */
    boolean mayEdit(URI uri);
}
