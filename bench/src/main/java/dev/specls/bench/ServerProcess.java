package dev.specls.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code specls lsp} as an editor runs it: a child process spoken to over its stdin and stdout with
 * lsp4j's client launcher. Every publishDiagnostics is stamped with {@link System#nanoTime()} on the
 * reader thread the moment it is decoded, before anything else looks at it.
 */
final class ServerProcess implements AutoCloseable {

    /** One publishDiagnostics as it arrived. */
    record Published(String uri, Integer version, int diagnostics, long receivedNanos) {
    }

    private final Process process;
    private final LanguageServer server;
    private final BlockingQueue<Published> published = new LinkedBlockingQueue<>();
    final long startNanos;

    private ServerProcess(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        startNanos = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), process.getOutputStream());
        server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /** Starts {@code LAUNCHER lsp}; {@code launcher} is {@code bin/specls} or any command that behaves like it. */
    static ServerProcess start(Path launcher) {
        return new ServerProcess(List.of(launcher.toString(), "lsp"));
    }

    LanguageServer server() {
        return server;
    }

    long pid() {
        return process.pid();
    }

    /** Sends {@code initialize} for one workspace folder with the given initializationOptions, and waits for the answer. */
    InitializeResult initialize(Path folder, String initializationOptionsJson) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(new ClientCapabilities());
        if (folder != null) {
            String uri = folder.toUri().toString();
            params.setRootUri(uri);
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, folder.getFileName().toString())));
        }
        if (initializationOptionsJson != null) {
            JsonObject options = JsonParser.parseString(initializationOptionsJson).getAsJsonObject();
            params.setInitializationOptions(options);
        }
        return await(server.initialize(params), 120);
    }

    /** The next publication for a file whose URI ends with {@code suffix} and whose version is {@code version}; others are skipped. */
    Published awaitPublished(String suffix, Integer version, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            Published next;
            try {
                next = left <= 0 ? null : published.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (next == null) {
                throw new IllegalStateException("no diagnostics for *" + suffix + " version " + version + " within " + timeoutSeconds + " s");
            }
            if (next.uri().endsWith(suffix) && (version == null || version.equals(next.version()))) {
                return next;
            }
        }
    }

    void drainPublished() {
        published.clear();
    }

    /** Resident set size of the server process in kB, from /proc/PID/status; -1 when unknown. */
    long residentKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time (user + system) the server process has used so far, in milliseconds; -1 when unknown. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ, 100 on every Linux architecture that matters. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                server.shutdown().get(10, TimeUnit.SECONDS);
                server.exit();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    static <T> T await(CompletableFuture<T> future, long timeoutSeconds) {
        try {
            return future.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no answer from the server: " + e, e);
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            long now = System.nanoTime();
            published.add(new Published(diagnostics.getUri(), diagnostics.getVersion(), diagnostics.getDiagnostics().size(), now));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
            System.err.println("server: " + message.getMessage());
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
                System.err.println("server log: " + message.getMessage());
            }
        }
    }
}
