package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests whose params are wrong get -32602 (invalid params) with a message that says what is wrong,
 * never a -32603 (internal error) with a stack trace, and never an answer computed from a guess: a range
 * that ends before it starts is refused, not swapped or widened to the whole file.
 */
class ProtocolParamsTest {

    private static final long ANSWER_SECONDS = 10;

    @TempDir
    Path folder;
    private ServerSession session;
    private String plan;

    @BeforeEach
    void start() throws Exception {
        Path planPath = folder.resolve("PLAN.md");
        Files.writeString(planPath, RealServerProtocolTest.PLAN, StandardCharsets.UTF_8);
        plan = planPath.toUri().toString();
        session = ServerSession.real();
        session.initialize(RealServerProtocolTest.openingFolder(folder));
        session.open(plan, 1, RealServerProtocolTest.PLAN);
        session.client.awaitDiagnostics(plan, 1);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    private static ResponseError refusal(CompletableFuture<?> request) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> request.get(ANSWER_SECONDS, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof ResponseErrorException, failed::toString);
        return ((ResponseErrorException) failed.getCause()).getResponseError();
    }

    private static void assertInvalidParams(ResponseError error, String saying) {
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error::toString);
        assertTrue(error.getMessage().contains(saying), error::getMessage);
        assertTrue(!error.getMessage().contains("NullPointerException") && !error.getMessage().contains("\tat "), error::getMessage);
    }

    private TextDocumentIdentifier document() {
        return new TextDocumentIdentifier(plan);
    }

    @Test
    void aRequestWithoutItsDocumentIsInvalidParams() {
        HoverParams withoutDocument = new HoverParams();
        withoutDocument.setPosition(new Position(0, 0));
        assertInvalidParams(refusal(session.server.getTextDocumentService().hover(withoutDocument)), "textDocument");
        HoverParams withoutPosition = new HoverParams();
        withoutPosition.setTextDocument(document());
        assertInvalidParams(refusal(session.server.getTextDocumentService().hover(withoutPosition)), "position");
        assertInvalidParams(refusal(session.server.getTextDocumentService().hover(null)), "needs params");
    }

    @Test
    void aDocumentUriThatIsNoUriIsInvalidParams() {
        assertInvalidParams(refusal(session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier("not a uri"), new Position(0, 0)))), "textDocument.uri");
    }

    @Test
    void aNegativePositionIsInvalidParams() {
        assertInvalidParams(refusal(session.server.getTextDocumentService().hover(new HoverParams(document(), new Position(-1, 0)))),
                "negative");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsInvalidParams() {
        Range reversed = new Range(new Position(12, 0), new Position(3, 0));
        assertInvalidParams(refusal(session.server.getTextDocumentService()
                .semanticTokensRange(new SemanticTokensRangeParams(document(), reversed))), "before it starts");
        assertInvalidParams(refusal(session.server.getTextDocumentService()
                .inlayHint(new InlayHintParams(document(), reversed))), "before it starts");
        assertInvalidParams(refusal(session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(document(), reversed, new CodeActionContext(List.of())))), "before it starts");
    }

    /** Past the end of a line or of the file is valid: LSP says it means the end. */
    @Test
    void aPositionPastTheEndIsNoError() throws Exception {
        Hover hover = session.server.getTextDocumentService().hover(new HoverParams(document(), new Position(10_000, 10_000)))
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        assertTrue(hover == null || hover.getContents() != null);
    }

    @Test
    void aNotificationWithABrokenUriIsDroppedWithAWarningAndTheServerGoesOn() throws Exception {
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem("not a uri", "markdown", 1, "x")));
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams());

        session.client.awaitLog(message -> message.getType() == MessageType.Warning && message.getMessage().contains("not a uri"));
        Position onDependency = RealServerProtocolTest.rangeOf(RealServerProtocolTest.PLAN, "depends_on=\"", "1.9").getStart();
        assertNotNull(session.server.getTextDocumentService().hover(new HoverParams(document(), onDependency)).get(ANSWER_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, session.shutdownAndExit());
        session.assertOutputIsOnlyJsonRpc();
    }
}
