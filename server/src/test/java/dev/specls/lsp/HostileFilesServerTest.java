package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.specls.testing.SecretBeyondALink;
import dev.specls.testing.SpecialFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on files that are not what their names say: links out of the workspace (git checks
 * them out), named pipes, a workspace folder reached through a link. Watcher events are read with the
 * same care as the initial scan: no link below a workspace folder is followed, a spec file not read gets
 * a {@code workspace/unread-file} diagnostic, nothing behind a link is ever quoted, no edit is ever
 * offered for a file reached through one, and nothing blocks the server.
 */
class HostileFilesServerTest {

    private static final String SECRET = SecretBeyondALink.SECRET;
    private static final long ANSWER_SECONDS = 10;

    @TempDir
    Path root;
    private SecretBeyondALink layout;
    private Path workspace;
    private ServerSession session;

    @BeforeEach
    void start() throws Exception {
        layout = SecretBeyondALink.in(root);
        workspace = layout.workspace();
        session = ServerSession.real();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    private String uri(Path path) {
        return path.toUri().toString();
    }

    private void diskEvent(Path path, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri(path), type))));
    }

    /**
     * Returns once the server applied every notification sent before about the path's folder: a request
     * about a file waits for them. What the server published since is still on its way.
     */
    private void awaitApplied(Path path) throws Exception {
        session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(path))))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }

    /** The last diagnostics the server published for the file: what the editor shows. */
    private PublishDiagnosticsParams lastPublished(Path path) {
        PublishDiagnosticsParams last = null;
        for (PublishDiagnosticsParams published : session.client.allDiagnostics) {
            if (published.getUri().equals(uri(path))) {
                last = published;
            }
        }
        return last;
    }

    private PublishDiagnosticsParams awaitUnread(Path path) throws InterruptedException {
        return session.client.awaitDiagnostics(published -> published.getUri().equals(uri(path))
                && RealServerProtocolTest.has(published, "workspace/unread-file"));
    }

    private void assertNothingQuotesTheSecret() {
        for (PublishDiagnosticsParams published : session.client.allDiagnostics) {
            assertFalse(published.toString().contains(SECRET), () -> "a diagnostic quotes the file behind the link: " + published);
        }
    }

    @Test
    void aLinkOutOfTheWorkspaceIsNotReadByTheScanNorByAWatcherEvent() throws Exception {
        Path state = layout.linkState();
        session.initialize(RealServerProtocolTest.openingFolder(workspace));

        PublishDiagnosticsParams unread = awaitUnread(state);
        assertTrue(unread.getDiagnostics().get(0).getMessage().getLeft().contains("symbolic link"), unread.toString());
        diskEvent(state, FileChangeType.Changed);
        // The file is as unread as before, so nothing new is published for it.
        awaitApplied(state);
        assertTrue(RealServerProtocolTest.has(lastPublished(state), "workspace/unread-file"), () -> String.valueOf(lastPublished(state)));

        assertNothingQuotesTheSecret();
        assertEquals(0, session.shutdownAndExit());
    }

    /** The editor may open the link itself and show the target's text; a rename still writes nothing through it. */
    @Test
    void aRenameIsRefusedWhenItWouldEditThroughALink() throws Exception {
        Path state = layout.linkState();
        session.initialize(RealServerProtocolTest.openingFolder(workspace));
        awaitUnread(state);
        session.open(uri(state), 1, Files.readString(state, StandardCharsets.UTF_8));
        session.client.awaitDiagnostics(uri(state), 1);

        String plan = RealServerProtocolTest.PLAN;
        Position onTaskId = RealServerProtocolTest.rangeOf(plan, "<task id=\"", "1.1").getStart();
        ExecutionException refused = assertThrows(ExecutionException.class, () -> session.server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri(workspace.resolve("PLAN.md"))), onTaskId, "1.5"))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof ResponseErrorException, refused::toString);
        assertTrue(refused.getCause().getMessage().contains("STATE.md is a symbolic link"), refused.getCause()::getMessage);
        assertEquals(SecretBeyondALink.stateText(), Files.readString(layout.outside().resolve("STATE.md")));
    }

    @Test
    void aFileReachedThroughALinkIsNeverFormatted() throws Exception {
        Path real = Files.createDirectories(workspace.resolve("real"));
        String unformatted = "```xml\n<phases>\n<phase name=\"P\">\n<task id=\"1.1\">\n<name>n</name>\n</task>\n</phase>\n</phases>\n```\n";
        Files.writeString(real.resolve("PLAN.md"), unformatted, StandardCharsets.UTF_8);
        Path linked = Files.createDirectories(workspace.resolve("linked"));
        Path link = Files.createSymbolicLink(linked.resolve("PLAN.md"), Path.of("../real/PLAN.md"));
        session.initialize(RealServerProtocolTest.openingFolder(workspace));
        session.open(uri(real.resolve("PLAN.md")), 1, unformatted);
        session.open(uri(link), 1, unformatted);

        assertFalse(format(real.resolve("PLAN.md")).isEmpty(), "the real file is formatted");
        assertEquals(List.of(), format(link), "an edit of the link would be written through it");
    }

    private List<? extends TextEdit> format(Path file) throws Exception {
        return session.server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri(file)), new FormattingOptions(4, true))).get(ANSWER_SECONDS, TimeUnit.SECONDS);
    }

    /** A named pipe blocks whoever opens it for reading until a writer comes: the server must never be the one waiting. */
    @Test
    void aNamedPipeNeverBlocksTheServer() throws Exception {
        Path pipeFolder = Files.createDirectories(workspace.resolve("pipe"));
        Path pipe = pipeFolder.resolve("PLAN.md");
        assumeTrue(SpecialFiles.mkfifo(pipe), "needs mkfifo");
        session.initialize(RealServerProtocolTest.openingFolder(workspace));
        awaitUnread(pipe);

        diskEvent(pipe, FileChangeType.Changed);
        String plan = RealServerProtocolTest.PLAN;
        Position onDependency = RealServerProtocolTest.rangeOf(plan, "depends_on=\"", "1.9").getStart();
        Hover hover = session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri(workspace.resolve("PLAN.md"))), onDependency))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        assertNotNull(hover, "the server answers while a pipe sits in the workspace");
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri(pipeFolder), FileChangeType.Created))));
        awaitApplied(pipe);
        assertTrue(RealServerProtocolTest.has(lastPublished(pipe), "workspace/unread-file"), () -> String.valueOf(lastPublished(pipe)));
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void aWorkspaceFolderReachedThroughALinkIsScanned() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("link-to-workspace"), Path.of("workspace"));
        session.initialize(RealServerProtocolTest.openingFolder(link));

        PublishDiagnosticsParams published = session.client.awaitDiagnostics(params -> params.getUri().equals(uri(link.resolve("PLAN.md"))));
        assertTrue(RealServerProtocolTest.has(published, "plan/dangling-dependency"), published::toString);
        assertNull(published.getVersion(), "read from disk");
    }
}
