package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code specls lsp} as a separate process, started the way an editor starts it ({@link #command()}),
 * with lsp4j's client launcher on its stdio; stdout is also recorded byte for byte. The caller destroys
 * the process ({@link #destroy()}) when a test ends, however it ends.
 */
final class SpawnedServer {

    static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    static final long EXIT_SECONDS = 30;
    private static final long BUILD_MINUTES = 10;

    private static List<String> command;

    final Process process;
    final Path folder;
    final Path stderr;
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final Future<Void> listening;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    /** A server started in {@code folder}, with {@code environment} added to the test's own. */
    SpawnedServer(Path folder, Map<String, String> environment) throws Exception {
        this.folder = folder;
        stderr = Files.createTempFile(folder, "stderr", ".log");
        ProcessBuilder builder = new ProcessBuilder(command()).directory(folder.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        InputStream recorded = new FilterInputStream(process.getInputStream()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    synchronized (stdout) {
                        stdout.write(b);
                    }
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int count = super.read(bytes, offset, length);
                if (count > 0) {
                    synchronized (stdout) {
                        stdout.write(bytes, offset, count);
                    }
                }
                return count;
            }
        };
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, recorded, process.getOutputStream());
        listening = launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    SpawnedServer(Path folder) throws Exception {
        this(folder, Map.of());
    }

    /**
     * {@code bin/specls lsp}, which builds the jar when it is missing or older than the sources (the first
     * call may wait for a build), or, when the launcher cannot build inside this run (no network for
     * Maven, say), the jar built before.
     */
    static synchronized List<String> command() throws Exception {
        if (command != null) {
            return command;
        }
        Path launcher = CHECKOUT.resolve("bin/specls");
        assertTrue(Files.isExecutable(launcher), "missing " + launcher);
        Process version = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!version.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            version.destroyForcibly();
            fail("bin/specls --version did not finish: " + output);
        }
        if (version.exitValue() == 0 && output.contains("specls ")) {
            command = List.of(launcher.toString(), "lsp");
            return command;
        }
        Path jar = CHECKOUT.resolve("server/target/specls-all.jar");
        assertTrue(Files.isRegularFile(jar), () -> "bin/specls failed and there is no " + jar + ":\n" + output);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        command = List.of(java.toString(), "-jar", jar.toString(), "lsp");
        return command;
    }

    /** Initializes as a client opening {@code folder} whose editor is {@code editorProcessId}. */
    InitializeResult initialize(long editorProcessId) throws Exception {
        InitializeParams params = RealServerProtocolTest.openingFolder(folder);
        params.setProcessId((int) editorProcessId);
        InitializeResult result = server.initialize(params).get(EXIT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] stdout() {
        synchronized (stdout) {
            return stdout.toByteArray();
        }
    }

    /** Resident memory of the process in kB (VmRSS, VmHWM for the peak), or -1 where /proc has no status. */
    long memoryKb(String field) throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    void destroy() {
        process.destroyForcibly();
    }
}
