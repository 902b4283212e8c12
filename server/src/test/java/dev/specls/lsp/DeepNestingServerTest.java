package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan that sago reads although one task's action nests elements 100,000 deep: every request on it
 * answers, none with an internal error such as a stack overflow. Formatting leaves such a plan alone.
 */
class DeepNestingServerTest {

    private static final int DEPTH = 100_000;
    private static final long ANSWER_SECONDS = 60;

    @TempDir
    Path folder;

    private static String deepPlan() {
        return "# PLAN.md\n\n```xml\n<phases>\n<phase name=\"Deep\">\n<task id=\"1.1\">\n<name>Nest</name>\n<files>a.py</files>\n<action>"
                + "<a>".repeat(DEPTH) + "text" + "</a>".repeat(DEPTH)
                + "</action>\n<done>done</done>\n</task>\n<task id=\"1.2\" depends_on=\"1.1\">\n<name>After</name>\n<files>b.py</files>\n"
                + "<action>b</action>\n<verify>pytest</verify>\n<done>done</done>\n</task>\n</phase>\n</phases>\n```\n";
    }

    @Test
    void everyRequestOnADeeplyNestedPlanAnswers() throws Exception {
        String text = deepPlan();
        String plan = folder.resolve("PLAN.md").toUri().toString();
        try (ServerSession session = ServerSession.real()) {
            session.initialize(RealServerProtocolTest.openingFolder(folder));
            session.open(plan, 1, text);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(params -> params.getUri().equals(plan), ANSWER_SECONDS);
            assertTrue(RealServerProtocolTest.has(published, "plan/missing-verify"), "the plan is read: " + published.getDiagnostics().size());

            TextDocumentIdentifier document = new TextDocumentIdentifier(plan);
            Position inside = new Position(7, 100);
            Position onDependency = RealServerProtocolTest.rangeOf(text, "depends_on=\"", "1.1").getStart();
            Range whole = new Range(new Position(0, 0), new Position(20, 0));
            TextDocumentService documents = session.server.getTextDocumentService();
            Map<String, CompletableFuture<?>> requests = new LinkedHashMap<>();
            requests.put("completion", documents.completion(new CompletionParams(document, inside)));
            requests.put("hover", documents.hover(new HoverParams(document, onDependency)));
            requests.put("definition", documents.definition(new DefinitionParams(document, onDependency)));
            requests.put("references", documents.references(new ReferenceParams(document, onDependency, new ReferenceContext(true))));
            requests.put("documentHighlight", documents.documentHighlight(new DocumentHighlightParams(document, onDependency)));
            requests.put("prepareRename", documents.prepareRename(new PrepareRenameParams(document, onDependency)));
            requests.put("documentSymbol", documents.documentSymbol(new DocumentSymbolParams(document)));
            requests.put("foldingRange", documents.foldingRange(new FoldingRangeRequestParams(document)));
            requests.put("selectionRange", documents.selectionRange(new SelectionRangeParams(document, List.of(inside))));
            requests.put("inlayHint", documents.inlayHint(new InlayHintParams(document, whole)));
            requests.put("codeLens", documents.codeLens(new CodeLensParams(document)));
            requests.put("semanticTokens/full", documents.semanticTokensFull(new SemanticTokensParams(document)));
            requests.put("semanticTokens/range", documents.semanticTokensRange(new SemanticTokensRangeParams(document, whole)));
            requests.put("prepareCallHierarchy", documents.prepareCallHierarchy(new CallHierarchyPrepareParams(document, onDependency)));
            requests.put("codeAction", documents.codeAction(new CodeActionParams(document, whole, new CodeActionContext(published.getDiagnostics()))));
            requests.put("formatting", documents.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true))));

            for (Map.Entry<String, CompletableFuture<?>> request : requests.entrySet()) {
                try {
                    request.getValue().get(ANSWER_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException failed) {
                    throw new AssertionError(request.getKey() + " failed on a deeply nested plan: " + failed.getCause().getMessage(), failed);
                }
            }
            assertEquals(List.of(), requests.get("formatting").get(), "formatting leaves a plan nested this deep alone");
            assertEquals(List.of(), session.client.logMessages.stream().filter(message -> message.getType() == MessageType.Error).toList());
            assertEquals(0, session.shutdownAndExit());
        }
    }
}
