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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.CodeAction;
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
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document synchronisation, applied in order on the document thread of {@link DocumentSync}, and
 * the editor features, each a call into {@code dev.specls.features} through {@link FeatureRequests}.
 */
final class SpeclsTextDocumentService implements TextDocumentService {

    private final DocumentSync sync;
    private final FeatureRequests requests;

    SpeclsTextDocumentService(DocumentSync sync, FeatureRequests requests) {
        this.sync = sync;
        this.requests = requests;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        sync.opened(URI.create(params.getTextDocument().getUri()), params.getTextDocument().getVersion(),
                params.getTextDocument().getLanguageId(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        sync.changed(URI.create(params.getTextDocument().getUri()), params.getTextDocument().getVersion(),
                params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        sync.closed(URI.create(params.getTextDocument().getUri()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        sync.saved(URI.create(params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return requests.run("completion", context -> Either.forRight(
                Completions.complete(context, uri(params.getTextDocument().getUri()), params.getPosition())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.run("hover", context -> Hovers.hover(context, uri(params.getTextDocument().getUri()), params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return requests.run("definition", context -> Either.forLeft(
                Definitions.definition(context, uri(params.getTextDocument().getUri()), params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean includeDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return requests.run("references", context -> References.references(context, uri(params.getTextDocument().getUri()),
                params.getPosition(), includeDeclaration));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return requests.run("documentHighlight", context -> References.highlights(context, uri(params.getTextDocument().getUri()),
                params.getPosition()));
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return requests.run("prepareRename", context -> {
            PrepareRenameResult result = Renames.prepare(context, uri(params.getTextDocument().getUri()), params.getPosition());
            return result == null ? null : Either3.forSecond(result);
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return requests.run("rename", context -> Renames.rename(context, uri(params.getTextDocument().getUri()),
                params.getPosition(), params.getNewName()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return requests.run("documentSymbol", context -> DocumentSymbols.outline(context, uri(params.getTextDocument().getUri()))
                .stream().<Either<SymbolInformation, DocumentSymbol>>map(Either::forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return requests.run("foldingRange", context -> Folding.foldingRanges(context, uri(params.getTextDocument().getUri())));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return requests.run("selectionRange", context -> Folding.selectionRanges(context, uri(params.getTextDocument().getUri()),
                params.getPositions()));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return requests.run("inlayHint", context -> Annotations.inlayHints(context, uri(params.getTextDocument().getUri()),
                params.getRange()));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return requests.run("codeLens", context -> Annotations.codeLenses(context, uri(params.getTextDocument().getUri())));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return requests.run("semanticTokens/full", context -> SemanticTokensProvider.full(context,
                uri(params.getTextDocument().getUri())));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return requests.run("semanticTokens/range", context -> SemanticTokensProvider.range(context,
                uri(params.getTextDocument().getUri()), params.getRange()));
    }

    @Override
    public CompletableFuture<List<CallHierarchyItem>> prepareCallHierarchy(CallHierarchyPrepareParams params) {
        return requests.run("prepareCallHierarchy", context -> CallHierarchy.prepare(context,
                uri(params.getTextDocument().getUri()), params.getPosition()));
    }

    @Override
    public CompletableFuture<List<CallHierarchyIncomingCall>> callHierarchyIncomingCalls(CallHierarchyIncomingCallsParams params) {
        return requests.run("callHierarchy/incomingCalls", context -> CallHierarchy.incoming(context, params.getItem()));
    }

    @Override
    public CompletableFuture<List<CallHierarchyOutgoingCall>> callHierarchyOutgoingCalls(CallHierarchyOutgoingCallsParams params) {
        return requests.run("callHierarchy/outgoingCalls", context -> CallHierarchy.outgoing(context, params.getItem()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.run("codeAction", context -> CodeActions.actions(context, uri(params.getTextDocument().getUri()),
                params.getRange(), params.getContext()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return requests.run("formatting", context -> Formatting.format(context, uri(params.getTextDocument().getUri()),
                params.getOptions()));
    }

    private static URI uri(String uri) {
        return URI.create(uri);
    }
}
