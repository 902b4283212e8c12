package dev.specls.features;

import java.net.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Rename of a task or requirement id across its spec set. */
public final class Renames {

    private Renames() {
    }

    /** The id's range and text, or {@code null} when nothing renamable is under the cursor. */
    public static PrepareRenameResult prepare(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return null;
    }

    /** The edit, or {@link FeatureException} with the reason when the new name is refused. */
    public static WorkspaceEdit rename(FeatureContext context, URI uri, Position position, String newName) {
    // placeholder: implemented with the feature
        return null;
    }
}
