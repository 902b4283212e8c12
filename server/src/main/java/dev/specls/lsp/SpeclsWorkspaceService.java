package dev.specls.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Configuration, file watcher and workspace folder notifications. */
final class SpeclsWorkspaceService implements WorkspaceService {

    private final SpeclsLanguageServer server;
    private final DocumentSync sync;

    SpeclsWorkspaceService(SpeclsLanguageServer server, DocumentSync sync) {
        this.server = server;
        this.sync = sync;
    }

    /**
     * Uses the {@code specls} section when the notification carries it; a client that only signals
     * "something changed" (VS Code sends {@code null}) is asked for the section instead.
     */
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Map<String, Object> section = ClientSettings.section(params.getSettings(), SpeclsLanguageServer.SETTINGS_SECTION);
        if (section != null) {
            server.clientSettingsChanged(section);
        } else if (server.configurationPull()) {
            server.pullConfiguration();
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean configChanged = false;
        for (FileEvent event : params.getChanges()) {
            URI uri = URI.create(event.getUri());
            if (uri.getPath() != null && uri.getPath().endsWith("/" + SpeclsLanguageServer.CONFIG_FILE)) {
                configChanged = true;
            } else if (event.getType() == FileChangeType.Deleted) {
                sync.diskDeleted(uri);
            } else {
                sync.diskChanged(uri);
            }
        }
        if (configChanged) {
            server.reloadSettings();
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        List<Path> added = params.getEvent().getAdded().stream()
                .map(folder -> SpeclsLanguageServer.fileUriPath(folder.getUri()))
                .flatMap(Optional::stream)
                .toList();
        if (!added.isEmpty()) {
            server.foldersAdded(added);
        }
        if (!params.getEvent().getRemoved().isEmpty()) {
            server.log().info("a removed workspace folder's files stay checked until they change or the server restarts");
        }
    }
}
