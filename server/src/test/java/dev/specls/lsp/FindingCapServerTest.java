package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's {@code specls.diagnostics.maxFindingsPerFile} caps what the server publishes for a file:
 * the most severe findings, then one that counts the rest, as severe as the worst of them.
 */
class FindingCapServerTest {

    @TempDir
    Path folder;

    @Test
    void theEditorSettingCapsThePublishedDiagnostics() throws Exception {
        String plan = folder.resolve("PLAN.md").toUri().toString();
        String text = "```xml\n<phases>\n<phase name=\"Empty tasks\">\n" + "<task></task>\n".repeat(50) + "</phase>\n</phases>\n```\n";
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "specs")));
        params.setInitializationOptions(Map.of("diagnostics", Map.of("debounceMs", 0, "maxFindingsPerFile", 5)));
        try (ServerSession session = ServerSession.real()) {
            session.initialize(params);
            session.open(plan, 1, text);

            PublishDiagnosticsParams published = session.client.awaitDiagnostics(plan, 1);
            List<Diagnostic> diagnostics = published.getDiagnostics();
            assertEquals(6, diagnostics.size(), published::toString);
            Diagnostic summary = diagnostics.get(5);
            assertEquals("workspace/too-many-findings", summary.getCode().getLeft());
            assertEquals(DiagnosticSeverity.Error, summary.getSeverity(), "as severe as the worst finding it counts");
            assertTrue(summary.getMessage().getLeft().contains("more findings in this file are not shown"), summary::toString);
            assertEquals(0, session.shutdownAndExit());
        }
    }
}
