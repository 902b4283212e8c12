package dev.specls.lsp;

import dev.specls.features.prompt.PromptFeatures;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import dev.specls.features.Commands;
import dev.specls.features.DocumentSymbols;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
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

    private final FeatureRequests requests;
    private final PlanningCommands planning;

    SpeclsWorkspaceService(SpeclsLanguageServer server, DocumentSync sync, FeatureRequests requests, PlanningCommands planning) {
        this.server = server;
        this.sync = sync;
        this.requests = requests;
        this.planning = planning;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        return requests.run("workspace/symbol", context -> Either.forRight(DocumentSymbols.search(context, params.getQuery())));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        // lsp4j leaves arguments as Gson trees; features take plain values (a URI argument is a String).
        List<Object> arguments = params.getArguments() == null ? List.of()
                : Collections.unmodifiableList(params.getArguments().stream().map(ClientSettings::plain).collect(Collectors.toList()));
        if (PlanningCommands.NAMES.contains(params.getCommand())) {
            return planning.execute(params.getCommand(), arguments);
        }
        return requests.run("workspace/executeCommand", context -> Commands.execute(context, params.getCommand(), arguments));
    }

    /** Renaming template files: the edit that rewrites every reference to them, applied by the editor with the rename. */
    @Override
    public CompletableFuture<WorkspaceEdit> willRenameFiles(RenameFilesParams params) {
        List<URI[]> renames = new ArrayList<>();
        if (params != null && params.getFiles() != null) {
            for (FileRename rename : params.getFiles()) {
                try {
                    renames.add(new URI[] {new URI(rename.getOldUri()), new URI(rename.getNewUri())});
                } catch (URISyntaxException | NullPointerException malformed) {
                    // A rename the client could not describe is one the server cannot follow.
                }
            }
        }
        return requests.run("workspace/willRenameFiles", context -> PromptFeatures.filesRenamed(context, renames));
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
            URI uri;
            try {
                uri = RequestParams.uri(event.getUri(), "a watched file's uri");
            } catch (RequestParams.Invalid invalid) {
                server.log().warn("ignored a file event: " + invalid.getMessage());
                continue;
            }
            String path = uri.getPath();
            if (path != null && (path.endsWith("/" + SpeclsLanguageServer.CONFIG_FILE) || path.endsWith("/" + SpeclsLanguageServer.GITIGNORE_FILE))) {
                configChanged = true;
            } else if (event.getType() == FileChangeType.Deleted) {
                sync.diskDeleted(uri);
            } else {
                sync.diskChanged(uri);
            }
        }
        if (configChanged) {
            server.reloadSettings(true);
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
