package dev.specls.lsp;

import dev.specls.text.PositionEncoding;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** The client capabilities the server acts on, read once so that no other code walks the nullable tree. */
final class ClientFeatures {

    private final PositionEncoding positionEncoding;
    private final boolean workDoneProgress;
    private final boolean watchedFilesRegistration;
    private final boolean configurationPull;
    private final boolean disabledCodeActions;
    private final boolean createFiles;

    ClientFeatures(ClientCapabilities capabilities) {
        ClientCapabilities client = capabilities == null ? new ClientCapabilities() : capabilities;
        GeneralClientCapabilities general = client.getGeneral();
        positionEncoding = negotiate(general == null ? null : general.getPositionEncodings());
        WindowClientCapabilities window = client.getWindow();
        workDoneProgress = window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
        WorkspaceClientCapabilities workspace = client.getWorkspace();
        watchedFilesRegistration = workspace != null && workspace.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(workspace.getDidChangeWatchedFiles().getDynamicRegistration());
        configurationPull = workspace != null && Boolean.TRUE.equals(workspace.getConfiguration());
        createFiles = workspace != null && workspace.getWorkspaceEdit() != null && workspace.getWorkspaceEdit().getResourceOperations() != null
                && workspace.getWorkspaceEdit().getResourceOperations().contains("create");
        disabledCodeActions = client.getTextDocument() != null && client.getTextDocument().getCodeAction() != null
                && Boolean.TRUE.equals(client.getTextDocument().getCodeAction().getDisabledSupport());
    }

    /**
     * UTF-16 whenever the client offers it or offers nothing, because every client must speak it
     * and editors built on it then need no conversion; otherwise UTF-8, then UTF-32.
     */
    static PositionEncoding negotiate(List<String> offered) {
        if (offered == null || offered.isEmpty() || offered.contains(PositionEncoding.UTF16.protocolName())) {
            return PositionEncoding.UTF16;
        }
        if (offered.contains(PositionEncoding.UTF8.protocolName())) {
            return PositionEncoding.UTF8;
        }
        if (offered.contains(PositionEncoding.UTF32.protocolName())) {
            return PositionEncoding.UTF32;
        }
        return PositionEncoding.UTF16;
    }

    PositionEncoding positionEncoding() {
        return positionEncoding;
    }

    boolean workDoneProgress() {
        return workDoneProgress;
    }

    boolean watchedFilesRegistration() {
        return watchedFilesRegistration;
    }

    /** The client shows a code action that is offered but disabled, with its reason. */
    boolean disabledCodeActions() {
        return disabledCodeActions;
    }

    /**
     * The client applies a {@code CreateFile} in a workspace edit; one that does not (eglot 1.9) gets the new file's
     * text as an edit of a document it does not hold, which it opens as a new file.
     */
    boolean createFiles() {
        return createFiles;
    }

    boolean configurationPull() {
        return configurationPull;
    }
}
