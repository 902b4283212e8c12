package dev.specls.lsp;

import static dev.specls.lsp.ContentChangesTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.testing.RuleCodes;
import dev.specls.testing.SamplePlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server exactly as {@code specls lsp} runs it — the real workspace, every registered rule,
 * settings from {@code .specls.toml} and the client — over piped streams, on a spec set on disk.
 */
class RealServerProtocolTest {

    static final String PLAN = SamplePlans.DANGLING_DEPENDENCY;


    static final String TASK_1_3 = """
                    <task id="1.3">
                        <name>Write docs</name>
                        <files>README.md</files>
                        <action>Describe the configuration keys.</action>
                        <verify>test -s README.md</verify>
                        <done>The README lists every key</done>
                    </task>
            """;

    static final String STATE = """
            # STATE.md

            ## Current Context

            * **Active Phase:** Phase 1: Setup
            * **Current Task:** 1.2: Create main

            ## Resume Point

            * **Last Completed:** 1.1: Create config
            * **Next Task:** 1.2: Create main
            * **Next Action:** Write main.py
            * **Failure Reason:** None
            * **Checkpoint:** sago-checkpoint-1.1

            ## Completed Tasks
            [✓] 1.1: Create config
            [✓] 1.3: Write docs
            """;

    @TempDir
    Path folder;
    private ServerSession session;
    private Path planPath;
    private String plan;
    private String state;

    @BeforeEach
    void start() throws Exception {
        planPath = folder.resolve("PLAN.md");
        Files.writeString(planPath, PLAN, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("STATE.md"), STATE, StandardCharsets.UTF_8);
        plan = planPath.toUri().toString();
        state = folder.resolve("STATE.md").toUri().toString();
        session = ServerSession.real();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    /** A client with no optional capability that opens {@code folder} and wants diagnostics without delay. */
    static InitializeParams openingFolder(Path folder) {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "specs")));
        params.setInitializationOptions(ServerSession.debounce(0));
        return params;
    }

    static boolean has(PublishDiagnosticsParams published, String code) {
        return published.getDiagnostics().stream().anyMatch(diagnostic -> code.equals(diagnostic.getCode().getLeft()));
    }

    static Diagnostic only(PublishDiagnosticsParams published, String code) {
        List<Diagnostic> matching = published.getDiagnostics().stream()
                .filter(diagnostic -> code.equals(diagnostic.getCode().getLeft()))
                .toList();
        assertEquals(1, matching.size(), () -> code + " in " + published);
        return matching.get(0);
    }

    /** The UTF-16 range of the first occurrence of {@code needle} after {@code after}, on one line. */
    /** The range of the first {@code needle} at or after the START of {@code after}, which may itself contain it. */
    static Range rangeOf(String text, String after, String needle) {
        int start = text.indexOf(needle, text.indexOf(after));
        int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        int character = start - (text.lastIndexOf('\n', start - 1) + 1);
        return new Range(new Position(line, character), new Position(line, character + needle.length()));
    }

    @Test
    void openPublishesTheProblemAndAnEditThatFixesItClearsIt() throws Exception {
        RuleCodes.assumeRegistered("plan/dangling-dependency");
        session.initialize(openingFolder(folder));
        session.open(plan, 1, PLAN);

        Diagnostic dangling = only(session.client.awaitDiagnostics(plan, 1), "plan/dangling-dependency");
        Range range = rangeOf(PLAN, "depends_on=", "1.9");
        assertEquals(range, dangling.getRange());
        assertEquals(DiagnosticSeverity.Error, dangling.getSeverity());
        assertEquals("specls", dangling.getSource());

        session.change(plan, 2, edit(range.getStart().getLine(), range.getStart().getCharacter(),
                range.getEnd().getLine(), range.getEnd().getCharacter(), "1.1"));
        assertFalse(has(session.client.awaitDiagnostics(plan, 2), "plan/dangling-dependency"));
    }

    @Test
    void anUnsavedPlanEditChangesTheStateFileDiagnostics() throws Exception {
        RuleCodes.assumeRegistered("state/unknown-task");
        session.initialize(openingFolder(folder));
        // The initial scan reads STATE.md from disk: 1.3 is done, but no plan task declares it.
        Diagnostic unknown = only(session.client.awaitDiagnostics(published -> published.getUri().equals(state)
                && has(published, "state/unknown-task")), "state/unknown-task");
        assertEquals(rangeOf(STATE, "[✓] 1.3", "1.3"), unknown.getRange());

        session.open(plan, 1, PLAN);
        session.client.awaitDiagnostics(plan, 1);
        // Opening the plan leaves STATE.md's diagnostics as they were, so they are not published again.
        int mark = session.client.mark();
        int insertLine = rangeOf(PLAN, "<phases>", "    </phase>").getStart().getLine();
        assertEquals("    </phase>", PLAN.lines().toList().get(insertLine), "task 1.3 goes at the end of the phase");
        session.change(plan, 2, edit(insertLine, 0, insertLine, 0, TASK_1_3));

        PublishDiagnosticsParams stateAfterEdit = session.client.awaitSince(mark, published -> published.getUri().equals(state));
        assertFalse(has(stateAfterEdit, "state/unknown-task"), stateAfterEdit::toString);
        assertEquals(PLAN, Files.readString(planPath, StandardCharsets.UTF_8), "nothing was saved");

        // Closing the buffer unsaved falls back to the disk plan, which still lacks 1.3.
        mark = session.client.mark();
        session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(plan)));
        session.client.awaitSince(mark, published -> published.getUri().equals(state) && has(published, "state/unknown-task"));
    }

    @Test
    void shutdownThenExitEndsWithCodeZeroAndOnlyJsonRpcOnTheOutput() throws Exception {
        session.initialize(openingFolder(folder));
        session.open(plan, 1, PLAN);
        session.client.awaitDiagnostics(plan, 1);
        // Opening the plan re-publishes its STATE.md too; a frame still being written would look truncated.
        session.client.nextDiagnostics(state);

        assertEquals(0, session.shutdownAndExit());
        session.assertOutputIsOnlyJsonRpc();
    }
}
