package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links that only a server process of its own can be attacked with: {@code STATE.md -> /dev/stdin} would
 * make the server read its own JSON-RPC input as a file, {@code REQUIREMENTS.md -> /dev/zero} would fill
 * its memory. Neither is read, both are reported, and the server keeps answering.
 */
class SpawnedHostileFilesTest {

    private static final long ANSWER_SECONDS = 20;

    @TempDir
    Path folder;
    private SpawnedServer spawned;

    @BeforeAll
    static void buildOnce() throws Exception {
        SpawnedServer.command();
    }

    @AfterEach
    void stop() {
        if (spawned != null) {
            spawned.destroy();
        }
    }

    @Test
    void linksToItsOwnInputAndToADeviceAreNotRead() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")) && Files.exists(Path.of("/dev/zero")), "needs /dev/stdin and /dev/zero");
        Path plan = folder.resolve("PLAN.md");
        Files.writeString(plan, RealServerProtocolTest.PLAN, StandardCharsets.UTF_8);
        Path state = Files.createSymbolicLink(folder.resolve("STATE.md"), Path.of("/dev/stdin"));
        Path requirements = Files.createSymbolicLink(folder.resolve("REQUIREMENTS.md"), Path.of("/dev/zero"));
        spawned = new SpawnedServer(folder, Map.of("SPECLS_JAVA_OPTS", "-Xmx256m"));
        spawned.initialize(ProcessHandle.current().pid());

        spawned.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(state.toUri().toString(), FileChangeType.Changed),
                new FileEvent(requirements.toUri().toString(), FileChangeType.Changed))));
        Position onDependency = RealServerProtocolTest.rangeOf(RealServerProtocolTest.PLAN, "depends_on=\"", "1.9").getStart();
        Hover hover = spawned.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(plan.toUri().toString()), onDependency))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        assertNotNull(hover, "the server still reads its input as messages");

        for (Path link : List.of(state, requirements)) {
            spawned.client.awaitSince(0, published -> published.getUri().equals(link.toUri().toString())
                    && RealServerProtocolTest.has(published, "workspace/unread-file"));
        }
        spawned.server.shutdown().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        spawned.server.exit();
        assertTrue(spawned.process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS), "the server did not exit");
        assertEquals(0, spawned.process.exitValue(), spawned::stderr);
        ServerSession.assertOnlyJsonRpc(spawned.stdout());
    }
}
