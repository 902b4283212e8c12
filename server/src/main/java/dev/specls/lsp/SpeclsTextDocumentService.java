package dev.specls.lsp;

import dev.specls.features.Annotations;
import dev.specls.features.CallHierarchy;
import dev.specls.features.CodeActions;
import dev.specls.features.Completions;
import dev.specls.features.Definitions;
import dev.specls.features.DocumentSymbols;
import dev.specls.features.Folding;
import dev.specls.features.Formatting;
import dev.specls.features.Hovers;
import dev.specls.features.References;
import dev.specls.features.Renames;
import dev.specls.features.SemanticTokensProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document synchronisation, applied in order on the document thread of {@link DocumentSync}, and
 * the editor features, each a call into {@code dev.specls.features} through {@link FeatureRequests}.
 */
final class SpeclsTextDocumentService implements TextDocumentService {

    private final DocumentSync sync;
    private final FeatureRequests requests;

    private final ServerLog log;
    private final PlanningCommands planning;

    SpeclsTextDocumentService(DocumentSync sync, FeatureRequests requests, ServerLog log, PlanningCommands planning) {
        this.sync = sync;
        this.requests = requests;
        this.log = log;
        this.planning = planning;
    }

    /** The planning commands are refactorings: offered unless the client asks only for other kinds (quick fixes). */
    private static boolean wantsRefactors(CodeActionContext context) {
        return context == null || context.getOnly() == null || context.getOnly().isEmpty()
                || context.getOnly().stream().anyMatch(kind -> CodeActionKind.Refactor.startsWith(kind) || kind.startsWith(CodeActionKind.Refactor));
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        URI uri = notified("didOpen", params.getTextDocument().getUri());
        if (uri != null) {
            sync.opened(uri, params.getTextDocument().getVersion(), params.getTextDocument().getLanguageId(), params.getTextDocument().getText());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        URI uri = notified("didChange", params.getTextDocument().getUri());
        if (uri != null) {
            sync.changed(uri, params.getTextDocument().getVersion(), params.getContentChanges());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        URI uri = notified("didClose", params.getTextDocument().getUri());
        if (uri != null) {
            sync.closed(uri);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        URI uri = notified("didSave", params.getTextDocument().getUri());
        if (uri != null) {
            sync.saved(uri);
        }
    }

    /** The document of a notification, or {@code null} (and a warning) when its URI is no URI: a notification has no answer to carry an error. */
    private URI notified(String notification, String uri) {
        try {
            return RequestParams.uri(uri, "textDocument.uri");
        } catch (RequestParams.Invalid invalid) {
            log.warn("ignored " + notification + ": " + invalid.getMessage());
            return null;
        }
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return requests.run("completion", params.getTextDocument(), (context, uri) -> Either.forRight(
                Completions.complete(context, uri, RequestParams.position(params.getPosition()))));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.run("hover", params.getTextDocument(), (context, uri) -> Hovers.hover(context, uri,
                RequestParams.position(params.getPosition())));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return requests.run("definition", params.getTextDocument(), (context, uri) -> Either.forLeft(
                Definitions.definition(context, uri, RequestParams.position(params.getPosition()))));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean includeDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return requests.run("references", params.getTextDocument(), (context, uri) -> References.references(context, uri,
                RequestParams.position(params.getPosition()), includeDeclaration));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return requests.run("documentHighlight", params.getTextDocument(), (context, uri) -> References.highlights(context, uri,
                RequestParams.position(params.getPosition())));
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return requests.run("prepareRename", params.getTextDocument(), (context, uri) -> {
            PrepareRenameResult result = Renames.prepare(context, uri, RequestParams.position(params.getPosition()));
            return result == null ? null : Either3.forSecond(result);
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return requests.run("rename", params.getTextDocument(), (context, uri) -> Renames.rename(context, uri,
                RequestParams.position(params.getPosition()), params.getNewName()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return requests.run("documentSymbol", params.getTextDocument(), (context, uri) -> DocumentSymbols.outline(context, uri)
                .stream().<Either<SymbolInformation, DocumentSymbol>>map(Either::forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return requests.run("foldingRange", params.getTextDocument(), (context, uri) -> Folding.foldingRanges(context, uri));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return requests.run("selectionRange", params.getTextDocument(), (context, uri) -> Folding.selectionRanges(context, uri,
                positions(params.getPositions())));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return requests.run("inlayHint", params.getTextDocument(), (context, uri) -> Annotations.inlayHints(context, uri,
                RequestParams.range(params.getRange())));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return requests.run("codeLens", params.getTextDocument(), (context, uri) -> Annotations.codeLenses(context, uri));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return requests.run("semanticTokens/full", params.getTextDocument(), (context, uri) -> SemanticTokensProvider.full(context,
                uri));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return requests.run("semanticTokens/range", params.getTextDocument(), (context, uri) -> SemanticTokensProvider.range(context,
                uri, RequestParams.range(params.getRange())));
    }

    @Override
    public CompletableFuture<List<CallHierarchyItem>> prepareCallHierarchy(CallHierarchyPrepareParams params) {
        return requests.run("prepareCallHierarchy", params.getTextDocument(), (context, uri) -> CallHierarchy.prepare(context,
                uri, RequestParams.position(params.getPosition())));
    }

    @Override
    public CompletableFuture<List<CallHierarchyIncomingCall>> callHierarchyIncomingCalls(CallHierarchyIncomingCallsParams params) {
        return requests.run("callHierarchy/incomingCalls", context -> CallHierarchy.incoming(context, RequestParams.withDecodedData(params.getItem())));
    }

    @Override
    public CompletableFuture<List<CallHierarchyOutgoingCall>> callHierarchyOutgoingCalls(CallHierarchyOutgoingCallsParams params) {
        return requests.run("callHierarchy/outgoingCalls", context -> CallHierarchy.outgoing(context, RequestParams.withDecodedData(params.getItem())));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.run("codeAction", params.getTextDocument(), (context, uri) -> {
            Range range = RequestParams.range(params.getRange());
            List<Either<Command, CodeAction>> actions = new ArrayList<>(CodeActions.actions(context, uri, range, params.getContext()));
            if (wantsRefactors(params.getContext())) {
                actions.addAll(planning.codeActions(context.analysis(), uri, range, context.encoding()));
            }
            return actions;
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return requests.run("formatting", params.getTextDocument(), (context, uri) -> Formatting.format(context, uri,
                params.getOptions()));
    }

    private static List<org.eclipse.lsp4j.Position> positions(List<org.eclipse.lsp4j.Position> positions) {
        if (positions == null) {
            throw new RequestParams.Invalid("positions is missing");
        }
        positions.forEach(RequestParams::position);
        return positions;
    }
}
