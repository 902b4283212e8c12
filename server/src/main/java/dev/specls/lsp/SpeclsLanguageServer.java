package dev.specls.lsp;

import dev.specls.features.CodeActions;
import dev.specls.features.Commands;
import dev.specls.features.Completions;
import dev.specls.features.SemanticTokensProvider;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.FileOperationFilter;
import org.eclipse.lsp4j.FileOperationOptions;
import org.eclipse.lsp4j.FileOperationPattern;
import org.eclipse.lsp4j.FileOperationsServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The session: capability negotiation, settings, the initial scan, and the lifecycle from
 * {@code initialize} to {@code exit}. Document traffic goes through {@link DocumentSync}.
 */
public final class SpeclsLanguageServer implements LanguageServer, LanguageClientAware {

    static final String SETTINGS_SECTION = "specls";
    static final String CONFIG_FILE = ".specls.toml";
    static final String GITIGNORE_FILE = ".gitignore";
    static final List<String> WATCHED_GLOBS = List.of("**/*.md", "**/*.prompt", "**/*.prompty", "**/" + CONFIG_FILE, "**/" + GITIGNORE_FILE);
    /** ProcessHandle.onExit cannot always observe a process that is not our child; polling backs it up. */
    private static final long PARENT_POLL_SECONDS = 3;

    private final SettingsResolver settingsResolver;
    private final ServerExecutors executors;
    private final ServerLog log = new ServerLog();
    private final DocumentSync sync;
    private final SpeclsTextDocumentService textDocumentService;
    private final SpeclsWorkspaceService workspaceService;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final CompletableFuture<Void> initializeAnswered = new CompletableFuture<>();
    /** The answer is written within milliseconds of being made; this only bounds the wait if the output broke. */
    private static final long ANSWER_WAIT_SECONDS = 2;
    private volatile LanguageClient client;
    private volatile ClientFeatures clientFeatures = new ClientFeatures(null);
    private volatile List<Path> folders = List.of();
    private volatile Map<String, Object> clientSettings = Map.of();
    private volatile boolean shutdownRequested;
    private final PlanningCommands planning;

    SpeclsLanguageServer(DocumentModel model, SettingsResolver settingsResolver, ServerExecutors executors) {
        this(model, settingsResolver, executors, System.getenv());
    }

    /** @param environment the user's environment: where the planning commands find keys and trusted settings */
    SpeclsLanguageServer(DocumentModel model, SettingsResolver settingsResolver, ServerExecutors executors, Map<String, String> environment) {
        this.settingsResolver = settingsResolver;
        this.executors = executors;
        this.sync = new DocumentSync(model, executors, log);
        FeatureRequests requests = new FeatureRequests(model, sync, executors, log, () -> clientFeatures.positionEncoding());
        this.planning = new PlanningCommands(model, sync, executors, log, this, environment);
        this.textDocumentService = new SpeclsTextDocumentService(sync, requests, log, planning);
        this.workspaceService = new SpeclsWorkspaceService(this, sync, requests, planning);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        log.connect(client);
        sync.connect(client);
    }

    /** Completes with the process exit code once the client sent {@code exit} or the editor went away. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** The client closed the stream; as with {@code exit}, a clean end needs a {@code shutdown} first. */
    void inputClosed() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return CompletableFuture.supplyAsync(() -> {
            clientFeatures = new ClientFeatures(params.getCapabilities());
            sync.setEncoding(clientFeatures.positionEncoding());
            folders = workspaceFolders(params);
            clientSettings = ClientSettings.asMap(params.getInitializationOptions());
            // Queued now, so that it comes before every document the editor sends next, but run once the answer is out:
            // reading the settings builds the checker and every rule, which the answer does not need.
            applySettings(false, initializeAnswered);
            if (params.getProcessId() != null) {
                watchParent(params.getProcessId());
            }
            return new InitializeResult(capabilities(), new ServerInfo("specls"));
        }, executors.workers());
    }

    private ServerCapabilities capabilities() {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setPositionEncoding(clientFeatures.positionEncoding().protocolName());
        TextDocumentSyncOptions syncOptions = new TextDocumentSyncOptions();
        syncOptions.setOpenClose(true);
        syncOptions.setChange(TextDocumentSyncKind.Incremental);
        syncOptions.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(syncOptions);
        WorkspaceFoldersOptions workspaceFolders = new WorkspaceFoldersOptions();
        workspaceFolders.setSupported(true);
        workspaceFolders.setChangeNotifications(true);
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities(workspaceFolders);
        FileOperationsServerCapabilities fileOperations = new FileOperationsServerCapabilities();
        // Renaming a template file rewrites the references to it, as the editor renames it.
        fileOperations.setWillRename(new FileOperationOptions(List.of(new FileOperationFilter(
                new FileOperationPattern("**/*.{md,prompt,prompty}"), "file"))));
        workspace.setFileOperations(fileOperations);
        capabilities.setWorkspace(workspace);
        capabilities.setCompletionProvider(new CompletionOptions(false, Completions.TRIGGER_CHARACTERS));
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setRenameProvider(new RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setSelectionRangeProvider(true);
        capabilities.setInlayHintProvider(true);
        capabilities.setCodeLensProvider(new CodeLensOptions(false));
        capabilities.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(SemanticTokensProvider.LEGEND, true, true));
        capabilities.setCallHierarchyProvider(true);
        List<String> codeActionKinds = new ArrayList<>(CodeActions.KINDS);
        codeActionKinds.add(PlanningCommands.CODE_ACTION_KIND);
        capabilities.setCodeActionProvider(new CodeActionOptions(codeActionKinds));
        capabilities.setDocumentFormattingProvider(true);
        List<String> commands = new ArrayList<>(Commands.ALL);
        commands.addAll(PlanningCommands.NAMES);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(commands));
        return capabilities;
    }

    private static List<Path> workspaceFolders(InitializeParams params) {
        List<Path> paths = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                fileUriPath(folder.getUri()).ifPresent(paths::add);
            }
        }
        if (paths.isEmpty() && params.getRootUri() != null) {
            fileUriPath(params.getRootUri()).ifPresent(paths::add);
        }
        return List.copyOf(paths);
    }

    /** The local path of a {@code file:} URI; other schemes name nothing on our disk. */
    static Optional<Path> fileUriPath(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private void watchParent(long processId) {
        Optional<ProcessHandle> parent = ProcessHandle.of(processId);
        if (parent.isEmpty()) {
            parentGone(processId);
            return;
        }
        parent.get().onExit().thenRun(() -> parentGone(processId));
        executors.timers().scheduleWithFixedDelay(() -> {
            if (!parent.get().isAlive()) {
                parentGone(processId);
            }
        }, PARENT_POLL_SECONDS, PARENT_POLL_SECONDS, TimeUnit.SECONDS);
    }

    private void parentGone(long processId) {
        if (!exitCode.isDone()) {
            System.err.println("specls: editor process " + processId + " is gone; exiting");
            exitCode.complete(1);
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        scan(folders);
        if (clientFeatures.watchedFilesRegistration()) {
            registerFileWatchers();
        }
        if (clientFeatures.configurationPull()) {
            pullConfiguration();
        }
    }

    /** Reads the folders on the document thread, with progress in the editor when it can show any. */
    void scan(List<Path> newFolders) {
        WorkDoneProgress.create(client, clientFeatures.workDoneProgress())
                .thenAccept(progress -> sync.scan(newFolders, progress));
    }

    private void registerFileWatchers() {
        List<FileSystemWatcher> watchers = WATCHED_GLOBS.stream()
                .map(glob -> new FileSystemWatcher(Either.forLeft(glob)))
                .toList();
        Registration registration = new Registration("specls-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        client.registerCapability(new RegistrationParams(List.of(registration))).exceptionally(error -> {
            log.warn("the editor refused to watch spec files; changes made outside it go unseen: " + error.getMessage());
            return null;
        });
    }

    /** Asks the client for the {@code specls} section and re-checks under it. */
    void pullConfiguration() {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SETTINGS_SECTION);
        client.configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (!values.isEmpty()) {
                clientSettingsChanged(ClientSettings.asMap(values.get(0)));
            }
        }).exceptionally(error -> {
            log.warn("could not read the editor's specls settings: " + error.getMessage());
            return null;
        });
    }

    boolean configurationPull() {
        return clientFeatures.configurationPull();
    }

    void clientSettingsChanged(Map<String, Object> settings) {
        clientSettings = settings;
        reloadSettings(false);
    }

    /**
     * Re-reads the configuration files and lays the client's settings over them.
     *
     * @param filesOnDiskChanged a {@code .specls.toml} or {@code .gitignore} changed, so the folders are read again
     */
    void reloadSettings(boolean filesOnDiskChanged) {
        applySettings(filesOnDiskChanged, CompletableFuture.completedFuture(null));
    }

    private void applySettings(boolean filesOnDiskChanged, CompletableFuture<Void> after) {
        List<Path> roots = folders;
        Path root = roots.isEmpty() ? null : roots.get(0);
        Map<String, Object> client = clientSettings;
        sync.applySettings(() -> {
            awaitQuietly(after);
            return settingsResolver.resolve(client);
        }, root, filesOnDiskChanged);
    }

    /** The launcher calls this once the answer to {@code initialize} is written. */
    void initializeAnswered() {
        initializeAnswered.complete(null);
    }

    private static void awaitQuietly(CompletableFuture<Void> event) {
        try {
            event.get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notSeen) {
            // Only a matter of speed: the settings apply anyway.
        }
    }

    void foldersAdded(List<Path> added) {
        List<Path> all = new ArrayList<>(folders);
        all.addAll(added);
        folders = List.copyOf(all);
        scan(added);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        sync.stopAccepting();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocumentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    ServerLog log() {
        return log;
    }

    /** The editor's cancel button on a planning command's progress aborts its request to the model. */
    @Override
    public void cancelProgress(WorkDoneProgressCancelParams params) {
        planning.cancelProgress(params.getToken());
    }

    LanguageClient client() {
        return client;
    }

    ClientFeatures features() {
        return clientFeatures;
    }

    /** The client's {@code specls} settings (initializationOptions, then workspace/configuration). */
    Map<String, Object> clientSettings() {
        return clientSettings;
    }

    List<Path> folders() {
        return folders;
    }

    /** Each folder's settings under the client's: where the planning commands find {@code [llm]}. */
    dev.specls.config.SettingsLookup settingsLookup() {
        return settingsResolver.resolve(clientSettings);
    }
}
