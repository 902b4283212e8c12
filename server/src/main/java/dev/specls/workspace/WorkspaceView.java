package dev.specls.workspace;

import java.net.URI;
import java.util.Collection;

/** What editor features read of the workspace: files and spec sets at their current versions. */
public interface WorkspaceView {

    /** The file at its current version, or {@code null} when the workspace does not hold it. */
    SourceFile file(URI uri);

    Collection<SourceFile> files();

    /** The spec set the file belongs to, or {@code null}. */
    SpecSet specSetOf(URI uri);

    Collection<SpecSet> specSets();
}
