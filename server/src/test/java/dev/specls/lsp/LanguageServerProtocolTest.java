package dev.specls.lsp;

import static dev.specls.lsp.ContentChangesTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real server through lsp4j's client launcher, as an editor would. */
class LanguageServerProtocolTest {

    @TempDir
    Path folder;
    private ServerSession session;
    private String plan;
    private String state;
    private String requirements;

    @BeforeEach
    void start() throws Exception {
        session = new ServerSession();
        plan = folder.resolve("PLAN.md").toUri().toString();
        state = folder.resolve("STATE.md").toUri().toString();
        requirements = folder.resolve("REQUIREMENTS.md").toUri().toString();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void prefersUtf16AndAdvertisesIncrementalSync() throws Exception {
        InitializeResult result = session.initialize(ServerSession.offering(List.of("utf-8", "utf-16")));
        assertEquals("utf-16", result.getCapabilities().getPositionEncoding());
        var sync = result.getCapabilities().getTextDocumentSync().getRight();
        assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
        assertTrue(sync.getOpenClose());
        assertFalse(sync.getSave().getRight().getIncludeText());
        assertTrue(result.getCapabilities().getWorkspace().getWorkspaceFolders().getSupported());
    }

    @Test
    void speaksUtf8WhenThatIsAllTheClientOffers() throws Exception {
        assertEquals("utf-8", session.initialize(ServerSession.offering(List.of("utf-8"))).getCapabilities().getPositionEncoding());
    }

    @Test
    void speaksUtf16WhenTheClientOffersNothing() throws Exception {
        assertEquals("utf-16", session.initialize(Map.of()).getCapabilities().getPositionEncoding());
    }

    @Test
    void publishesOnOpenWithTheDocumentVersion() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 7, "# Plan\nstep TODO\n");
        PublishDiagnosticsParams published = session.client.awaitDiagnostics(plan, 7);
        Diagnostic diagnostic = published.getDiagnostics().get(0);
        assertEquals(new Range(new Position(1, 5), new Position(1, 9)), diagnostic.getRange());
        assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
        assertEquals("test/todo", diagnostic.getCode().getLeft());
        assertEquals("specls", diagnostic.getSource());
        assertNull(diagnostic.getCodeDescription());
    }

    @Test
    void appliesIncrementalEditsInUtf16() throws Exception {
        session.initialize(ServerSession.offering(List.of("utf-16")));
        session.open(plan, 1, "x😀y TODO\nline two\nline three\n");
        session.client.awaitDiagnostics(plan, 1);
        // After the emoji (two UTF-16 units), and a replace that spans three lines.
        session.change(plan, 2, edit(0, 5, 0, 9, "DONE"), edit(1, 4, 2, 5, " 2 and "));
        PublishDiagnosticsParams published = session.client.awaitDiagnostics(plan, 2);
        assertEquals("x😀y DONE\nline 2 and three\n", session.model.text(folder.resolve("PLAN.md").toUri()));
        assertEquals(List.of(), published.getDiagnostics(), "the edit removed the only TODO");
    }

    @Test
    void appliesIncrementalEditsAndReportsRangesInUtf8() throws Exception {
        session.initialize(ServerSession.offering(List.of("utf-8")));
        session.open(plan, 1, "x😀y done\n");
        session.client.awaitDiagnostics(plan, 1);
        // The emoji is four UTF-8 bytes: "x" 1, emoji 4, "y " 2 -> the word starts at 7.
        session.change(plan, 2, edit(0, 7, 0, 11, "TODO"));
        Diagnostic diagnostic = session.client.awaitDiagnostics(plan, 2).getDiagnostics().get(0);
        assertEquals("x😀y TODO\n", session.model.text(folder.resolve("PLAN.md").toUri()));
        assertEquals(new Range(new Position(0, 7), new Position(0, 11)), diagnostic.getRange());
    }

    @Test
    void withoutDebounceEveryChangeIsPublishedInOrder() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "TODO\n");
        session.client.awaitDiagnostics(plan, 1);
        for (int version = 2; version <= 4; version++) {
            session.change(plan, version, new TextDocumentContentChangeEvent("TODO " + version + "\n"));
            assertEquals(1, session.client.awaitDiagnostics(plan, version).getDiagnostics().size());
        }
    }

    @Test
    void aDebouncedBurstOfChangesIsPublishedOnceForTheLastVersion() throws Exception {
        session.initialize(ServerSession.debounce(200));
        session.open(plan, 1, "TODO\n");
        session.client.awaitDiagnostics(plan, 1);
        for (int version = 2; version <= 5; version++) {
            session.change(plan, version, new TextDocumentContentChangeEvent("TODO " + version + "\n"));
        }
        assertEquals(5, session.client.nextDiagnostics(plan).getVersion(), "the first publication after the burst");
    }

    @Test
    void aSaveChecksAtOnceWithoutWaitingForTheDebounce() throws Exception {
        session.initialize(ServerSession.debounce(60_000));
        session.open(plan, 1, "clean\n");
        session.client.awaitDiagnostics(plan, 1);
        session.change(plan, 2, new TextDocumentContentChangeEvent("TODO\n"));
        session.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(plan)));
        assertEquals(1, session.client.awaitDiagnostics(plan, 2).getDiagnostics().size());
    }

    @Test
    void didChangeConfigurationReplacesTheDebounce() throws Exception {
        session.initialize(ServerSession.debounce(60_000));
        session.open(plan, 1, "clean\n");
        session.client.awaitDiagnostics(plan, 1);
        session.server.getWorkspaceService().didChangeConfiguration(
                new DidChangeConfigurationParams(Map.of("specls", ServerSession.debounce(0))));
        session.change(plan, 2, new TextDocumentContentChangeEvent("TODO\n"));
        // With the first debounce this would come only after a minute, long past the await's timeout.
        assertEquals(1, session.client.awaitDiagnostics(plan, 2).getDiagnostics().size());
        assertEquals(0, session.model.appliedSettings.get(session.model.appliedSettings.size() - 1).debounceMs());
    }

    @Test
    void aResultForAVersionThatMovedOnIsDropped() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "clean\n");
        session.client.awaitDiagnostics(plan, 1);
        FakeDocumentModel.HeldCheck held = session.model.holdCheck(folder.resolve("PLAN.md").toUri(), 2, 3);
        session.change(plan, 2, new TextDocumentContentChangeEvent("TODO stale\n"));
        assertTrue(held.started().await(10, TimeUnit.SECONDS));
        session.change(plan, 3, new TextDocumentContentChangeEvent("fresh\n"));
        assertEquals(List.of(), session.client.awaitDiagnostics(plan, 3).getDiagnostics());
        assertTrue(held.finished().await(10, TimeUnit.SECONDS));
        session.change(plan, 4, new TextDocumentContentChangeEvent("fresh again\n"));
        session.client.awaitDiagnostics(plan, 4);
        assertTrue(session.client.allDiagnostics.stream().noneMatch(params -> Integer.valueOf(2).equals(params.getVersion())),
                () -> "published a stale version: " + session.client.allDiagnostics);
    }

    @Test
    void editingThePlanRepublishesTheFilesOfItsSpecSetWhoseDiagnosticsChanged() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(requirements, 1, "* [ ] **REQ-1:** a thing\n");
        session.open(state, 1, "## Completed Tasks\n");
        session.open(plan, 1, "clean\n");
        session.client.awaitDiagnostics(plan, 1);
        // Each file's first diagnostics are published once, in whatever order the opens were checked.
        for (String opened : List.of(requirements, state)) {
            session.client.awaitSince(0, published -> published.getUri().equals(opened) && Integer.valueOf(1).equals(published.getVersion()));
        }
        int beforeEdit = session.client.mark();
        session.change(plan, 2, new TextDocumentContentChangeEvent("step\nTODO\n"));
        Diagnostic fromPlan = session.client.awaitSince(beforeEdit,
                published -> published.getUri().equals(state) && !published.getDiagnostics().isEmpty()).getDiagnostics().get(0);
        assertEquals(1, session.client.awaitSince(beforeEdit, published -> published.getUri().equals(state)).getVersion());
        assertEquals("test/plan-unfinished", fromPlan.getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, fromPlan.getSeverity());
        var related = fromPlan.getRelatedInformation().get(0);
        assertEquals(plan, related.getLocation().getUri());
        assertEquals(new Range(new Position(1, 0), new Position(1, 4)), related.getLocation().getRange());
        // One check publishes the spec set's files in order (plan, requirements, state): REQUIREMENTS.md,
        // clean before and after, would have come before STATE.md.
        assertTrue(session.client.allDiagnostics.subList(beforeEdit, session.client.allDiagnostics.size()).stream()
                .noneMatch(published -> published.getUri().equals(requirements)), "unchanged diagnostics are not published again");
    }

    @Test
    void closingAFileThatIsNotOnDiskClearsItsDiagnostics() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "TODO\n");
        session.client.awaitDiagnostics(plan, 1);
        session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(plan)));
        PublishDiagnosticsParams cleared = session.client.nextDiagnostics(plan);
        assertEquals(List.of(), cleared.getDiagnostics());
        assertNull(cleared.getVersion());
    }

    @Test
    void closingAFileOnDiskRepublishesItsDiskFindings() throws Exception {
        Files.writeString(folder.resolve("PLAN.md"), "on disk TODO\n");
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "edited, clean\n");
        session.client.awaitDiagnostics(plan, 1);
        session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(plan)));
        PublishDiagnosticsParams fromDisk = session.client.nextDiagnostics(plan);
        assertNull(fromDisk.getVersion());
        assertEquals(new Range(new Position(0, 8), new Position(0, 12)), fromDisk.getDiagnostics().get(0).getRange());
    }

    @Test
    void watchedFileEventsReloadFromDisk() throws Exception {
        session.initialize(ServerSession.debounce(0));
        Path onDisk = folder.resolve("PLAN.md");
        Files.writeString(onDisk, "TODO\n");
        session.server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(plan, FileChangeType.Created))));
        assertEquals(1, session.client.nextDiagnostics(plan).getDiagnostics().size());
        Files.delete(onDisk);
        session.server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(plan, FileChangeType.Deleted))));
        assertEquals(List.of(), session.client.nextDiagnostics(plan).getDiagnostics());
    }

    @Test
    void theInitialScanReportsProgressThenPublishesFilesWithFindings() throws Exception {
        Files.writeString(folder.resolve("PLAN.md"), "TODO\n");
        Files.writeString(folder.resolve("REQUIREMENTS.md"), "clean\n");
        ClientCapabilities capabilities = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        workspace.setConfiguration(true);
        workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
        capabilities.setWorkspace(workspace);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "specs")));
        session.client.configuration = ServerSession.debounce(0);
        session.initialize(params);

        assertEquals(1, session.client.nextDiagnostics(plan).getDiagnostics().size());
        awaitProgressEnd();
        List<Object> kinds = session.client.progress.stream().map(ProgressParams::getValue).map(value -> (Object) value.getLeft()).toList();
        assertInstanceOf(WorkDoneProgressBegin.class, kinds.get(0));
        assertTrue(kinds.stream().anyMatch(WorkDoneProgressReport.class::isInstance));
        assertInstanceOf(WorkDoneProgressEnd.class, kinds.get(kinds.size() - 1));
        assertEquals(session.client.progressCreated.get(0).getToken(), session.client.progress.get(0).getToken());
        assertEquals(List.of(folder), session.model.addedFolders);
        assertTrue(session.client.allDiagnostics.stream().noneMatch(published -> published.getUri().equals(requirements)),
                "a clean file is not published by the scan");

        var registration = session.client.registrations.get(0).getRegistrations().get(0);
        assertEquals("workspace/didChangeWatchedFiles", registration.getMethod());
        assertEquals(SpeclsLanguageServer.WATCHED_GLOBS.size(),
                JsonParser.parseString(new Gson().toJson(registration.getRegisterOptions())).getAsJsonObject().getAsJsonArray("watchers").size());
        assertEquals("specls", session.client.configurationRequests.get(0).getItems().get(0).getSection());
    }

    private void awaitProgressEnd() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.client.progress.stream().noneMatch(params -> params.getValue().getLeft() instanceof WorkDoneProgressEnd)) {
            assertTrue(System.nanoTime() < deadline, "no end of progress: " + session.client.progress);
            Thread.sleep(10);
        }
    }

    @Test
    void aFailingHandlerIsLoggedAndTheServerCarriesOn() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.model.failOn(folder.resolve("broken").resolve("PLAN.md").toUri());
        session.open(folder.resolve("broken").resolve("PLAN.md").toUri().toString(), 1, "TODO\n");
        session.open(plan, 1, "TODO\n");
        assertEquals(1, session.client.awaitDiagnostics(plan, 1).getDiagnostics().size());
        // The two files are prepared side by side, so the failure may be logged after the other file's diagnostics.
        session.client.awaitLog(message -> message.getType() == MessageType.Error);
    }

    @Test
    void aChangedConfigFileIsReadAgain() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "TODO\n");
        session.client.awaitDiagnostics(plan, 1);
        int applied = session.model.appliedSettings.size();
        String config = folder.resolve(".specls.toml").toUri().toString();
        session.server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(config, FileChangeType.Changed))));
        // The findings stay as they were, so nothing is published again: wait for the settings themselves.
        long hangGuard = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.model.appliedSettings.size() == applied && System.nanoTime() < hangGuard) {
            Thread.sleep(10);
        }
        assertEquals(applied + 1, session.model.appliedSettings.size());
    }

    @Test
    void exitsWithOneWhenTheEditorProcessDies() throws Exception {
        Process editor = new ProcessBuilder("sleep", "60").start();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setProcessId((int) editor.pid());
        session.initialize(params);
        editor.destroy();
        assertEquals(1, session.exitCode.get(10, TimeUnit.SECONDS));
    }

    @Test
    void shutdownThenExitEndsWithZero() throws Exception {
        session.initialize(Map.of());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        session.initialize(Map.of());
        session.server.exit();
        assertEquals(1, session.exitCode.get(10, TimeUnit.SECONDS));
    }

    @Test
    void writesNothingButJsonRpcToItsOutput() throws Exception {
        session.initialize(ServerSession.debounce(0));
        session.open(plan, 1, "TODO\n");
        session.client.awaitDiagnostics(plan, 1);
        session.shutdownAndExit();
        session.assertOutputIsOnlyJsonRpc();
    }
}
