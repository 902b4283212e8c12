package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prompt templates over JSON-RPC against the real server: diagnostics while typing (also in a caller when
 * its callee changes), hover, the rename of a template file, and the render preview with its errors as
 * diagnostics. The fixture tests pin the details; these prove the wiring.
 */
class PromptProtocolTest {

    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path folder;
    private ServerSession session;

    @BeforeEach
    void start() throws Exception {
        write("xprompts/review.md", "---\ninput:\n  path: path\n  mode: {type: word, default: quick}\n---\nReview {{ path }} {{ mode }}.\n");
        write("xprompts/main.md", "Run #review(path=a.py) then #review(path=b.py).\n");
        write("prompts/story.prompt", "---\ninput:\n  schema:\n    hero: string\n---\n{{> header}} {{hero}}\n");
        write("prompts/_header.prompt", "Once upon a time\n");
        session = ServerSession.real();
        session.initialize(RealServerProtocolTest.openingFolder(folder));
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void typingAMisspeltVariablePublishesItAndFixingItClearsIt() throws Exception {
        String uri = uri("xprompts/review.md");
        open(uri, text("xprompts/review.md"));
        session.client.awaitDiagnostics(uri, 1);
        change(uri, 2, "---\ninput:\n  path: path\n  mode: {type: word, default: quick}\n---\nReview {{ paht }} {{ mode }}.\n");
        PublishDiagnosticsParams broken = session.client.awaitDiagnostics(uri, 2);
        assertTrue(RealServerProtocolTest.has(broken, "prompt/undefined-variable"), broken::toString);
        change(uri, 3, text("xprompts/review.md"));
        PublishDiagnosticsParams fixed = session.client.awaitDiagnostics(uri, 3);
        assertEquals(List.of(), fixed.getDiagnostics());
    }

    @Test
    void aCalleeThatGainsARequiredInputBreaksItsCallers() throws Exception {
        String review = uri("xprompts/review.md");
        String main = uri("xprompts/main.md");
        open(review, text("xprompts/review.md"));
        open(main, text("xprompts/main.md"));
        change(review, 2, "---\ninput:\n  path: path\n  mode: word\n---\nReview {{ path }} {{ mode }}.\n");
        PublishDiagnosticsParams caller = session.client.awaitDiagnostics(params -> params.getUri().equals(main)
                && RealServerProtocolTest.has(params, "prompt/missing-argument"));
        assertEquals(2, caller.getDiagnostics().size(), caller::toString);
    }

    @Test
    void hoverOnAReferenceShowsTheCalleesInputs() throws Exception {
        String main = uri("xprompts/main.md");
        open(main, text("xprompts/main.md"));
        Hover hover = session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(main), new Position(0, 7)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(hover);
        String card = hover.getContents().getRight().getValue();
        assertTrue(card.contains("`path`") && card.contains("`mode`"), card);
    }

    @Test
    void renamingAPartialFileRewritesItsCalls() throws Exception {
        RenameFilesParams params = new RenameFilesParams(List.of(new FileRename(uri("prompts/_header.prompt"), uri("prompts/_opening.prompt"))));
        WorkspaceEdit edit = session.server.getWorkspaceService().willRenameFiles(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(edit, "an edit for the caller");
        String edited = FeatureProtocolTest.apply(text("prompts/story.prompt"),
                edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(either -> either.getLeft()).toList());
        assertTrue(edited.contains("{{> opening}}"), edited);
    }

    @Test
    void theRenderPreviewRendersWithDefaultsAndReportsEngineErrorsAsDiagnostics() throws Exception {
        Object rendered = session.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("specls.renderPrompt",
                List.of(uri("xprompts/review.md"), Map.of("path", "src/app.py")))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String json = String.valueOf(rendered);
        assertTrue(json.contains("Review src/app.py quick."), json);

        write("xprompts/bad.md", "---\ninput:\n  items: text\n---\n{% for x in items %}{{ x }}\n");
        String bad = uri("xprompts/bad.md");
        open(bad, text("xprompts/bad.md"));
        Object failed = session.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("specls.renderPrompt", List.of(bad)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(String.valueOf(failed).contains("prompt/render-error"), String.valueOf(failed));
    }

    private void open(String uri, String text) {
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    }

    private void change(String uri, int version, String text) {
        session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    private void write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String text(String relative) throws Exception {
        return Files.readString(folder.resolve(relative), StandardCharsets.UTF_8);
    }

    private String uri(String relative) {
        return folder.resolve(relative).toUri().toString();
    }
}
