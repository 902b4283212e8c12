package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.testing.RuleCodes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specls lsp} as a separate process, started the way an editor starts it, talking JSON-RPC over
 * the process's stdin and stdout. The launcher builds the jar when it is missing or older than the
 * sources, so the first test may wait for a build.
 */
class SpawnedServerTest {

    private static final Path CHECKOUT = SpawnedServer.CHECKOUT;
    private static final long EXIT_SECONDS = SpawnedServer.EXIT_SECONDS;
    /** The server polls for its editor every few seconds; generous, as a hang guard only. */
    private static final long PARENT_GONE_SECONDS = 60;

    @TempDir
    Path folder;
    private final List<Process> started = new ArrayList<>();
    private final List<SpawnedServer> servers = new ArrayList<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        SpawnedServer.command();
    }

    @AfterEach
    void stopEverythingStarted() {
        started.forEach(Process::destroyForcibly);
        servers.forEach(SpawnedServer::destroy);
    }

    private SpawnedServer spawn() throws Exception {
        SpawnedServer spawned = new SpawnedServer(folder);
        servers.add(spawned);
        return spawned;
    }

    @Test
    void speaksLspOverStdioAndExitsCleanly() throws Exception {
        Path planPath = folder.resolve("PLAN.md");
        Files.writeString(planPath, RealServerProtocolTest.PLAN, StandardCharsets.UTF_8);
        String plan = planPath.toUri().toString();
        SpawnedServer spawned = spawn();

        InitializeResult result = spawned.initialize(ProcessHandle.current().pid());
        assertNotNull(result.getCapabilities().getTextDocumentSync());
        assertEquals("utf-16", result.getCapabilities().getPositionEncoding());
        assertEquals("specls", result.getServerInfo().getName());

        spawned.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(plan, "markdown", 1, RealServerProtocolTest.PLAN)));
        PublishDiagnosticsParams published = spawned.client.awaitDiagnostics(plan, 1);
        if (RuleCodes.registered("plan/dangling-dependency")) {
            assertTrue(RealServerProtocolTest.has(published, "plan/dangling-dependency"), published::toString);
        }

        spawned.server.shutdown().get(EXIT_SECONDS, TimeUnit.SECONDS);
        spawned.server.exit();
        assertTrue(spawned.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "the server did not exit");
        assertEquals(0, spawned.process.exitValue(), spawned::stderr);
        // Once the process is gone its stdout ends, and the client's reader finishes with it.
        spawned.listening.get(EXIT_SECONDS, TimeUnit.SECONDS);
        ServerSession.assertOnlyJsonRpc(spawned.stdout());
    }

    @Test
    void answersFeatureRequestsOverStdio() throws Exception {
        for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            Files.copy(CHECKOUT.resolve("examples/bookmarks").resolve(name), folder.resolve(name));
        }
        String plan = Files.readString(folder.resolve("PLAN.md"), StandardCharsets.UTF_8);
        String state = Files.readString(folder.resolve("STATE.md"), StandardCharsets.UTF_8);
        SpawnedServer spawned = spawn();
        spawned.initialize(ProcessHandle.current().pid());

        // Read from disk by the initial scan: no buffer is open.
        Range nextTask = RealServerProtocolTest.rangeOf(state, "**Next Task:** ", "1.2");
        Position cursor = new Position(nextTask.getStart().getLine(), nextTask.getStart().getCharacter() + 1);
        TextDocumentIdentifier stateDocument = new TextDocumentIdentifier(folder.resolve("STATE.md").toUri().toString());
        Hover hover = spawned.server.getTextDocumentService().hover(new HoverParams(stateDocument, cursor))
                .get(EXIT_SECONDS, TimeUnit.SECONDS);
        FeatureProtocolTest.assertTaskCard(hover, "Task 1.2 · Store bookmarks in SQLite");

        List<? extends Location> definition = spawned.server.getTextDocumentService().definition(new DefinitionParams(stateDocument, cursor))
                .get(EXIT_SECONDS, TimeUnit.SECONDS).getLeft();
        assertEquals(1, definition.size(), definition::toString);
        assertEquals(folder.resolve("PLAN.md"), Path.of(URI.create(definition.get(0).getUri())));
        assertEquals(RealServerProtocolTest.rangeOf(plan, "<task id=\"", "1.2"), definition.get(0).getRange());

        spawned.server.shutdown().get(EXIT_SECONDS, TimeUnit.SECONDS);
        spawned.server.exit();
        assertTrue(spawned.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS), "the server did not exit");
        assertEquals(0, spawned.process.exitValue(), spawned::stderr);
        spawned.listening.get(EXIT_SECONDS, TimeUnit.SECONDS);
        ServerSession.assertOnlyJsonRpc(spawned.stdout());
    }

    @Test
    void exitsByItselfWhenTheEditorProcessDies() throws Exception {
        // The editor dies when the test says so: a timed one could die before a slow JVM start got to initialize.
        Process editor = new ProcessBuilder("sleep", "600").start();
        started.add(editor);
        SpawnedServer spawned = spawn();

        spawned.initialize(editor.pid());
        assertTrue(spawned.process.isAlive(), "the server must serve while its editor lives");
        editor.destroy();
        assertTrue(editor.waitFor(EXIT_SECONDS, TimeUnit.SECONDS));

        assertTrue(spawned.process.waitFor(PARENT_GONE_SECONDS, TimeUnit.SECONDS), "the server outlived its editor");
        assertEquals(1, spawned.process.exitValue(), "no shutdown came first");
        assertTrue(spawned.stderr().contains("editor process " + editor.pid() + " is gone"), spawned::stderr);
        ServerSession.assertOnlyJsonRpc(spawned.stdout());
    }
}
