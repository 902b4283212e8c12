package dev.specls.lsp;

import dev.specls.config.ConfigDiscovery;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLoader;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs one language server session over a pair of streams, as {@code specls lsp} does over stdio. */
public final class LanguageServerLauncher {

    private LanguageServerLauncher() {
    }

    /** The exit code when the editor's input broke the protocol, so that no later message could be read. */
    public static final int EXIT_PROTOCOL_ERROR = 2;

    /**
     * Serves until the client sends {@code exit}, closes the input, its process dies, or its input breaks
     * the framing of messages.
     *
     * @return the process exit code: 0 after {@code shutdown} then {@code exit}, 1 without {@code shutdown}
     *         (as LSP asks), {@link #EXIT_PROTOCOL_ERROR} after a framing error, which is also told on stderr
     */
    public static int run(InputStream in, OutputStream out) {
        return run(in, out, System.getenv());
    }

    /** @param environment the user's environment, where the planning commands find their keys */
    static int run(InputStream in, OutputStream out, Map<String, String> environment) {
        // The formats table and its rules are built by the first job that reads the workspace, not before the initialize answer.
        DocumentModel model = new DeferredDocumentModel(
                () -> new WorkspaceDocumentModel(Formats.BUILT_IN.newWorkspace(SettingsLookup.fixed(Settings.defaults())), Formats.BUILT_IN));
        return run(in, out, model, LanguageServerLauncher::projectAndClientSettings, environment);
    }

    /** Each folder's nearest {@code .specls.toml}, with the client's settings laid over it. */
    private static SettingsLookup projectAndClientSettings(Map<String, Object> clientSettings) {
        return new ConfigDiscovery(settings -> SettingsLoader.merge(settings, clientSettings), Path::toString);
    }

    static int run(InputStream in, OutputStream out, DocumentModel model, SettingsResolver settings) {
        return run(in, out, model, settings, System.getenv());
    }

    private static int run(InputStream in, OutputStream out, DocumentModel model, SettingsResolver settings, Map<String, String> environment) {
        try (ServerExecutors executors = new ServerExecutors()) {
            SpeclsLanguageServer server = new SpeclsLanguageServer(model, settings, executors, environment);
            StrictLauncherBuilder builder = new StrictLauncherBuilder(message -> server.log().warn(message), server::initializeAnswered);
            Launcher<LanguageClient> launcher = builder
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
            String framingError = builder.framingError();
            if (framingError != null) {
                System.err.println("specls: cannot read the editor's messages any more: " + framingError
                        + "; exiting so that the editor can start a fresh server");
                return EXIT_PROTOCOL_ERROR;
            }
            server.inputClosed();
            return server.exitCode().join();
        }
    }

    /** lsp4j's launcher with {@link FramedMessageReader} in place of its reader and {@link IncomingMessages} before the services. */
    private static final class StrictLauncherBuilder extends Launcher.Builder<LanguageClient> {
        private final Consumer<String> warn;
        private final Runnable firstAnswerWritten;
        private MessageJsonHandler jsonHandler;
        private RemoteEndpoint remoteEndpoint;
        private FramedMessageReader reader;

        /** @param firstAnswerWritten runs once the first response is written: the one to {@code initialize}, which comes first */
        StrictLauncherBuilder(Consumer<String> warn, Runnable firstAnswerWritten) {
            this.warn = warn;
            this.firstAnswerWritten = firstAnswerWritten;
        }

        @Override
        protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
            MessageConsumer wrapped = super.wrapMessageConsumer(consumer);
            if (!(consumer instanceof StreamMessageConsumer)) {
                return wrapped;
            }
            return message -> {
                try {
                    wrapped.consume(message);
                } finally {
                    if (message instanceof ResponseMessage) {
                        firstAnswerWritten.run();
                    }
                }
            };
        }

        String framingError() {
            return reader == null ? null : reader.framingError();
        }

        @Override
        protected MessageJsonHandler createJsonHandler() {
            jsonHandler = super.createJsonHandler();
            return jsonHandler;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            remoteEndpoint = super.createRemoteEndpoint(handler);
            return remoteEndpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer lsp4jReader, MessageConsumer consumer,
                LanguageClient remoteProxy) {
            reader = new FramedMessageReader(input, jsonHandler, remoteEndpoint, warn);
            return new ConcurrentMessageProcessor(reader, new IncomingMessages(consumer));
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
