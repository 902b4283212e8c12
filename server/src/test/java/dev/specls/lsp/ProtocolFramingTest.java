package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specls lsp} as a process, fed raw bytes. A header it cannot frame ({@code Content-Length: abc},
 * none at all, one that is too short) leaves no way to find where the next message starts, so the
 * server says so on stderr and exits with 2, and the editor can start a fresh one, instead of living on
 * deaf. A body that is not JSON, in a well-framed message, costs only that message.
 */
class ProtocolFramingTest {

    private static final long EXIT_SECONDS = 30;
    /** The exit status of {@code specls lsp} after a framing error (README, "Editors"). */
    private static final int PROTOCOL_ERROR_EXIT = 2;
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}";
    private static final String SHUTDOWN = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}";
    private static final String EXIT = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}";

    @TempDir
    Path folder;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        SpawnedServer.command();
    }

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    /** A server process with its stdin and stdout as raw bytes. */
    private final class RawServer {
        final Process process;
        final Path stderr;
        final OutputStream in;
        final InputStream out;

        RawServer() throws Exception {
            stderr = Files.createTempFile(folder, "stderr", ".log");
            process = new ProcessBuilder(SpawnedServer.command()).directory(folder.toFile()).redirectError(stderr.toFile()).start();
            started.add(process);
            in = process.getOutputStream();
            out = process.getInputStream();
        }

        void send(String json) throws IOException {
            sendRaw("Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json);
        }

        void sendRaw(String bytes) throws IOException {
            in.write(bytes.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** The next message the server writes, as JSON; waits at most the timeout. */
        JsonObject receive() throws Exception {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return readFrame();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(EXIT_SECONDS, TimeUnit.SECONDS);
        }

        /** The next response, skipping notifications and requests from the server. */
        JsonObject response(int id) throws Exception {
            while (true) {
                JsonObject message = receive();
                if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
                    return message;
                }
            }
        }

        private JsonObject readFrame() throws IOException {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = out.read();
                if (b < 0) {
                    throw new IOException("the server closed its output");
                }
                header.write(b);
            }
            String text = header.toString(StandardCharsets.US_ASCII);
            int length = Integer.parseInt(text.substring(text.indexOf(':') + 1).trim());
            byte[] body = out.readNBytes(length);
            return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
        }

        String stderr() throws IOException {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        }

        void assertExitsOnTheFramingError() throws Exception {
            assertTrue(process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "the server lives on, unable to read another message");
            assertEquals(PROTOCOL_ERROR_EXIT, process.exitValue(), this::stderrOrNothing);
            assertTrue(stderr().contains("specls: cannot read the editor's messages any more:"), this::stderrOrNothing);
        }

        private String stderrOrNothing() {
            try {
                return stderr();
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    private RawServer initialized() throws Exception {
        RawServer server = new RawServer();
        server.send(INITIALIZE);
        assertTrue(server.response(1).has("result"));
        return server;
    }

    @Test
    void aContentLengthThatIsNoNumberEndsTheProcess() throws Exception {
        RawServer server = initialized();
        server.sendRaw("Content-Length: abc\r\n\r\n" + SHUTDOWN);
        server.send(SHUTDOWN);

        server.assertExitsOnTheFramingError();
        assertTrue(server.stderr().contains("Content-Length \"abc\""), server.stderr());
    }

    @Test
    void aMessageWithoutContentLengthEndsTheProcess() throws Exception {
        RawServer server = initialized();
        server.sendRaw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + SHUTDOWN);
        server.send(SHUTDOWN);

        server.assertExitsOnTheFramingError();
        assertTrue(server.stderr().contains("no Content-Length header"), server.stderr());
    }

    @Test
    void aContentLengthThatIsTooShortEndsTheProcess() throws Exception {
        RawServer server = initialized();
        server.sendRaw("Content-Length: 10\r\n\r\n" + SHUTDOWN);
        server.send(SHUTDOWN);

        server.assertExitsOnTheFramingError();
    }

    /** A header may claim any length: the body grows with the bytes that come, not with the claim. */
    @Test
    void aHugeContentLengthClaimCostsNoMemory() throws Exception {
        RawServer server = initialized();
        server.sendRaw("Content-Length: 2000000000\r\n\r\n{\"jsonrpc\":\"2.0\",");
        Thread.sleep(500);
        long peakKb = peakKb(server.process);
        server.in.close();

        assertTrue(server.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "the server outlived its input");
        assertTrue(peakKb < 1_000_000, "the server took " + peakKb + " kB for a message that never came");
    }

    private static long peakKb(Process process) throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }

    @Test
    void aWellFramedBodyThatIsNotJsonCostsOnlyItself() throws Exception {
        RawServer server = initialized();
        server.send("this is { not json");
        server.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\"}");
        server.send(SHUTDOWN);

        JsonObject noParams = server.response(7);
        assertEquals(-32602, noParams.getAsJsonObject("error").get("code").getAsInt(), noParams::toString);
        assertTrue(server.response(2).has("result"));
        server.send(EXIT);
        assertTrue(server.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, server.process.exitValue(), server::stderrOrNothing);
    }
}
