package dev.specls.lsp;

import dev.specls.config.ConfigDiscovery;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLoader;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
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
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
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
        List<String> fileKinds = Formats.BUILT_IN.fileKindNames();
        return new ConfigDiscovery(settings -> SettingsLoader.merge(settings, clientSettings, fileKinds), Path::toString, fileKinds);
    }

    static int run(InputStream in, OutputStream out, DocumentModel model, SettingsResolver settings) {
        return run(in, out, model, settings, System.getenv());
    }

    private static int run(InputStream in, OutputStream out, DocumentModel model, SettingsResolver settings, Map<String, String> environment) {
        try (ServerExecutors executors = new ServerExecutors()) {
            SpeclsLanguageServer server = new SpeclsLanguageServer(model, settings, executors, environment);
            DeferredServiceTables services = new DeferredServiceTables(server);
            StrictLauncherBuilder builder = new StrictLauncherBuilder(message -> server.log().warn(message), services, server::initializeAnswered);
            Launcher<LanguageClient> launcher = builder
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .setExecutorService(executors.protocol())
                    .configureGson(gson -> gson.registerTypeAdapter(SemanticTokens.class, new SemanticTokensAdapter()))
                    .create();
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

    /**
     * lsp4j's launcher with {@link FramedMessageReader} in place of its reader, {@link IncomingMessages} before the
     * services, and the services' tables made after the answer to {@code initialize} ({@link DeferredServiceTables}),
     * which also connects the server to the client.
     */
    private static final class StrictLauncherBuilder extends Launcher.Builder<LanguageClient> {
        private final Consumer<String> warn;
        private final DeferredServiceTables services;
        private final Runnable firstAnswerWritten;
        private MessageJsonHandler jsonHandler;
        private RemoteEndpoint remoteEndpoint;
        private FramedMessageReader reader;

        /** @param firstAnswerWritten runs once the first response is written: the one to {@code initialize}, which comes first */
        StrictLauncherBuilder(Consumer<String> warn, DeferredServiceTables services, Runnable firstAnswerWritten) {
            this.warn = warn;
            this.services = services;
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
                        // Before the settings job that waits for the answer: it may publish diagnostics to the client.
                        services.make();
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
        protected Map<String, JsonRpcMethod> getSupportedMethods() {
            return services.methods();
        }

        /** As lsp4j's, with the server's endpoint from {@link DeferredServiceTables}. */
        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
            remoteEndpoint = new RemoteEndpoint(outgoing, services.serverEndpoint());
            handler.setMethodProvider(remoteEndpoint);
            remoteEndpoint.setJsonHandler(handler);
            services.sendThrough(remoteEndpoint);
            return remoteEndpoint;
        }

        /** None yet: {@link DeferredServiceTables} makes the client's proxy and hands it to the server. */
        @Override
        protected LanguageClient createProxy(RemoteEndpoint endpoint) {
            return null;
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
