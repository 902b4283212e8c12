package dev.specls.lsp;

import dev.specls.check.Rules;
import dev.specls.config.Settings;
import dev.specls.config.ConfigDiscovery;
import dev.specls.config.SettingsLoader;
import dev.specls.config.SettingsLookup;
import dev.specls.workspace.Workspace;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs one language server session over a pair of streams, as {@code specls lsp} does over stdio. */
public final class LanguageServerLauncher {

    private LanguageServerLauncher() {
    }

    /**
     * Serves until the client sends {@code exit}, closes the input, or its process dies.
     *
     * @return the process exit code LSP asks for: 0 after {@code shutdown} then {@code exit}, else 1
     */
    public static int run(InputStream in, OutputStream out) {
        return run(in, out, new WorkspaceDocumentModel(new Workspace(Settings.defaults()), Rules.all()),
                LanguageServerLauncher::projectAndClientSettings);
    }

    /** Each folder's nearest {@code .specls.toml}, with the client's settings laid over it. */
    private static SettingsLookup projectAndClientSettings(Map<String, Object> clientSettings) {
        return new ConfigDiscovery(settings -> SettingsLoader.merge(settings, clientSettings), Path::toString);
    }

    static int run(InputStream in, OutputStream out, DocumentModel model, SettingsResolver settings) {
        try (ServerExecutors executors = new ServerExecutors()) {
            SpeclsLanguageServer server = new SpeclsLanguageServer(model, settings, executors);
            Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .setExecutorService(executors.protocol())
                    .configureGson(gson -> gson.registerTypeAdapter(SemanticTokens.class, new SemanticTokensAdapter()))
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            // Cancelling closes the input, which ends the read loop however the session ended.
            server.exitCode().thenRun(() -> listening.cancel(true));
            awaitEnd(listening);
            server.inputClosed();
            return server.exitCode().join();
        }
    }

    private static void awaitEnd(Future<Void> listening) {
        try {
            listening.get();
        } catch (CancellationException | ExecutionException ended) {
            // Both are normal ends of a session: exit received, or the stream broke.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
