package dev.specls.features;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The files an edit would write, and whether specls may offer it: never when one of them is reached
 * through a symbolic link, since the editor would write through the link to a file that may lie outside
 * the workspace ({@code STATE.md -> ~/.bashrc}), where the user never looked.
 */
final class EditableFiles {

    private EditableFiles() {
    }

    static boolean allowed(FeatureContext context, WorkspaceEdit edit) {
        return edit == null || files(edit).stream().allMatch(uri -> context.workspace().mayEdit(uri));
    }

    private static List<URI> files(WorkspaceEdit edit) {
        List<URI> files = new ArrayList<>();
        if (edit.getChanges() != null) {
            edit.getChanges().keySet().forEach(uri -> files.add(URI.create(uri)));
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().forEach(change -> {
                if (change.isLeft()) {
                    files.add(URI.create(change.getLeft().getTextDocument().getUri()));
                }
            });
        }
        return files;
    }
}
