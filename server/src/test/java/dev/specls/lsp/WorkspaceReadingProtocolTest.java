package dev.specls.lsp;

import static dev.specls.lsp.RealServerProtocolTest.has;
import static dev.specls.lsp.RealServerProtocolTest.openingFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server reads a workspace as {@code specls check} does: plans by name or by the language the
 * editor reports, each folder under its nearest {@code .specls.toml}, and a scan that honours excludes
 * and gitignore files, also for files created later.
 */
class WorkspaceReadingProtocolTest {

    private static final String DANGLING = "plan/dangling-dependency";
    /** One task that depends on a task no one declares. */
    private static final String PLAN = "```xml\n<phases>\n<phase name=\"Phase 1\">\n<task id=\"1.1\" depends_on=\"9.9\">\n"
            + "<name>Write it</name>\n<files>a.py</files>\n<action>Write a.py</action>\n<verify>pytest</verify>\n"
            + "<done>It runs</done>\n</task>\n</phase>\n</phases>\n```\n";

    @TempDir
    Path folder;
    private ServerSession session;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(folder.resolve(".git"));
        session = ServerSession.real();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void aBufferIsAPlanByItsNameOrByTheLanguageTheEditorReports() throws Exception {
        session.initialize(openingFolder(folder));
        String readme = uri("README.md");
        String notes = uri("notes.md");
        String untitled = "untitled:Untitled-1";

        session.open(readme, "markdown", 1, "# How a plan looks\n\n" + PLAN);
        assertEquals(List.of(), session.client.awaitDiagnostics(readme, 1).getDiagnostics(), "a page that shows plan XML");
        session.open(notes, "specls-plan", 1, PLAN);
        assertTrue(has(session.client.awaitDiagnostics(notes, 1), DANGLING), "the user said it is a plan");
        session.open(untitled, "markdown", 1, PLAN);
        assertTrue(has(session.client.awaitDiagnostics(untitled, 1), DANGLING), "a new buffer is read by its text");
        List<Either<SymbolInformation, DocumentSymbol>> outline = session.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(untitled))).get(10, TimeUnit.SECONDS);
        assertTrue(outline.toString().contains("1.1 Write it"), () -> "the untitled plan's features work too: " + outline);
    }

    @Test
    void eachFolderIsCheckedUnderItsNearestConfigurationFile() throws Exception {
        write("PLAN.md", PLAN);
        write("quiet/PLAN.md", PLAN);
        write("quiet/.specls.toml", "colour = 1\n[rules]\n\"" + DANGLING + "\" = \"off\"\n");
        session.initialize(openingFolder(folder));

        assertTrue(has(session.client.awaitDiagnostics(uri("PLAN.md"), null), DANGLING));
        session.open(uri("quiet/PLAN.md"), 1, PLAN);
        PublishDiagnosticsParams quiet = session.client.awaitDiagnostics(uri("quiet/PLAN.md"), 1);
        assertFalse(has(quiet, DANGLING), quiet::toString);
        assertTrue(session.client.logMessages.stream().anyMatch(message -> message.getMessage().contains(
                folder.resolve("quiet/.specls.toml") + ": unknown key \"colour\"")), session.client.logMessages::toString);
    }

    @Test
    void theScanLeavesOutExcludedAndGitignoredFilesAlsoWhenTheyAppearLater() throws Exception {
        write("PLAN.md", PLAN);
        write("fixtures/PLAN.md", PLAN);
        write("local/PLAN.md", PLAN);
        write("node_modules/pkg/PLAN.md", PLAN);
        write(".specls.toml", "[files]\nexclude = [\"fixtures/\"]\n");
        write(".gitignore", "local/\n");
        session.initialize(openingFolder(folder));
        assertTrue(has(session.client.awaitDiagnostics(uri("PLAN.md"), null), DANGLING));
        assertEquals(Set.of(uri("PLAN.md")), filesDeclaring("1.1"));

        write("fixtures/more/PLAN.md", PLAN);
        watched(uri("fixtures/more/PLAN.md"), FileChangeType.Created);
        assertEquals(Set.of(uri("PLAN.md")), filesDeclaring("1.1"), "a file created in an excluded folder stays out");

        write(".gitignore", "");
        watched(uri(".gitignore"), FileChangeType.Changed);
        assertTrue(has(session.client.awaitDiagnostics(uri("local/PLAN.md"), null), DANGLING), "no longer ignored: read");
        assertEquals(Set.of(uri("PLAN.md"), uri("local/PLAN.md")), filesDeclaring("1.1"));
    }

    private void watched(String uri, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, type))));
    }

    /** The files whose symbols include this task id, as workspace symbol search finds them. */
    private Set<String> filesDeclaring(String taskId) throws Exception {
        LanguageServer server = session.server;
        Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> result =
                server.getWorkspaceService().symbol(new WorkspaceSymbolParams(taskId)).get(10, TimeUnit.SECONDS);
        Set<String> files = new TreeSet<>();
        if (result.isLeft()) {
            result.getLeft().forEach(symbol -> files.add(symbol.getLocation().getUri()));
        } else {
            result.getRight().forEach(symbol -> files.add(symbol.getLocation().isLeft()
                    ? symbol.getLocation().getLeft().getUri() : symbol.getLocation().getRight().getUri()));
        }
        return files;
    }

    private String uri(String relative) {
        return folder.resolve(relative).toUri().toString();
    }

    private void write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
