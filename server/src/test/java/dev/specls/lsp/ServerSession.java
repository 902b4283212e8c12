package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server, run by {@link LanguageServerLauncher} on its own thread, talking over pipes to
 * lsp4j's client launcher, with a fake model behind it ({@link #ServerSession()}) or exactly as
 * {@code specls lsp} runs it ({@link #real()}). Everything the server writes is also kept, to prove
 * that nothing but JSON-RPC reaches the output.
 */
final class ServerSession implements AutoCloseable {

    /** One server session over a pair of streams, returning its exit code. */
    @FunctionalInterface
    interface ServerRun {
        int run(InputStream in, OutputStream out);
    }

    /** Reads {@code diagnostics.debounceMs} from the client settings, the one setting the lsp package acts on. */
    static final SettingsResolver CLIENT_DEBOUNCE = client -> {
        int debounce = Settings.DEFAULT_DEBOUNCE_MS;
        if (client.get("diagnostics") instanceof Map<?, ?> diagnostics && diagnostics.get("debounceMs") instanceof Number ms) {
            debounce = ms.intValue();
        }
        return SettingsLookup.fixed(new Settings(Map.of(), Map.of(), debounce, List.of()));
    };

    /** The fake model behind the server; {@code null} in a {@link #real()} session. */
    final FakeDocumentModel model;
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final ByteArrayOutputStream serverOutput = new ByteArrayOutputStream();
    private final OutputStream clientToServer;
    private final OutputStream serverToClient;

    ServerSession() throws IOException {
        this(new FakeDocumentModel());
    }

    private ServerSession(FakeDocumentModel model) throws IOException {
        this(model, (in, out) -> LanguageServerLauncher.run(in, out, model, CLIENT_DEBOUNCE));
    }

    /** The server as {@code specls lsp} runs it: the real workspace, every rule, and {@code .specls.toml} under client settings. */
    static ServerSession real() throws IOException {
        return new ServerSession(null, LanguageServerLauncher::run);
    }

    /** The real server in this environment: where the planning commands find keys. */
    static ServerSession real(Map<String, String> environment) throws IOException {
        return new ServerSession(null, (in, out) -> LanguageServerLauncher.run(in, out, environment));
    }

    private ServerSession(FakeDocumentModel model, ServerRun serverRun) throws IOException {
        this.model = model;
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        clientToServer = Channels.newOutputStream(toServer.sink());
        serverToClient = Channels.newOutputStream(toClient.sink());
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream recordedOut = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (serverOutput) {
                    serverOutput.write(bytes, offset, length);
                    serverToClient.write(bytes, offset, length);
                }
            }
        };
        exitCode = CompletableFuture.supplyAsync(() -> serverRun.run(serverIn, recordedOut));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, Channels.newInputStream(toClient.source()), clientToServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    InitializeResult initialize(InitializeParams params) throws Exception {
        InitializeResult result = server.initialize(params).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    /** Initializes with a bare client that offers no optional capability. */
    InitializeResult initialize(Map<String, Object> initializationOptions) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setInitializationOptions(initializationOptions);
        return initialize(params);
    }

    /** Initializes params of a client that offers these position encodings and wants diagnostics without delay. */
    static InitializeParams offering(List<String> encodings) {
        ClientCapabilities capabilities = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        capabilities.setGeneral(general);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setInitializationOptions(debounce(0));
        return params;
    }

    static Map<String, Object> debounce(int ms) {
        return Map.of("diagnostics", Map.of("debounceMs", ms));
    }

    void open(String uri, int version, String text) {
        open(uri, "markdown", version, text);
    }

    /** Opens a buffer in the language the client reports for it. */
    void open(String uri, String languageId, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));
    }

    void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
        server.getTextDocumentService().didChange(
                new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    int shutdownAndExit() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(10, TimeUnit.SECONDS);
    }

    /** Splits what the server wrote into Content-Length frames and checks each is a JSON-RPC 2.0 message. */
    void assertOutputIsOnlyJsonRpc() {
        byte[] bytes;
        synchronized (serverOutput) {
            bytes = serverOutput.toByteArray();
        }
        assertOnlyJsonRpc(bytes);
    }

    /** Checks that the bytes are nothing but complete Content-Length frames of JSON-RPC 2.0 messages, at least one. */
    static void assertOnlyJsonRpc(byte[] bytes) {
        String header = "Content-Length: ";
        List<JsonObject> messages = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            String rest = new String(bytes, at, Math.min(64, bytes.length - at), StandardCharsets.US_ASCII);
            assertTrue(rest.startsWith(header), () -> "not a JSON-RPC header at byte " + rest);
            int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int length = Integer.parseInt(new String(bytes, at + header.length(), headerEnd - at - header.length(), StandardCharsets.US_ASCII).trim());
            int bodyStart = headerEnd + 4;
            String body = new String(bytes, bodyStart, length, StandardCharsets.UTF_8);
            JsonObject message = JsonParser.parseString(body).getAsJsonObject();
            assertEquals("2.0", message.get("jsonrpc").getAsString());
            messages.add(message);
            at = bodyStart + length;
        }
        assertTrue(!messages.isEmpty(), "the server wrote nothing");
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("unterminated header");
    }

    @Override
    public void close() throws Exception {
        if (!exitCode.isDone()) {
            server.exit();
            exitCode.get(10, TimeUnit.SECONDS);
        }
        clientToServer.close();
        serverToClient.close();
    }
}
