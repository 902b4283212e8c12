package dev.specls.lsp;

import dev.specls.features.Cancellation;
import dev.specls.features.FeatureContext;
import dev.specls.features.FeatureException;
import dev.specls.text.PositionEncoding;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs editor features for requests. A request first waits for the document notifications sent
 * before it about its own file and spec set (so completion right after typing sees the typed text),
 * but not for other files' (a large plan being parsed delays no request elsewhere), then runs on a
 * worker; it can be cancelled, and a feature's failure becomes an error response while the server
 * carries on. Params that do not hold ({@link RequestParams}) get -32602.
 */
final class FeatureRequests {

    private final DocumentModel model;
    private final DocumentSync sync;
    private final ServerExecutors executors;
    private final ServerLog log;
    private final Supplier<PositionEncoding> encoding;

    FeatureRequests(DocumentModel model, DocumentSync sync, ServerExecutors executors, ServerLog log, Supplier<PositionEncoding> encoding) {
        this.model = model;
        this.sync = sync;
        this.executors = executors;
        this.log = log;
        this.encoding = encoding;
    }

    /** A request about one document: waits for that document's spec set only. */
    <R> CompletableFuture<R> run(String request, TextDocumentIdentifier document, BiFunction<FeatureContext, URI, R> feature) {
        URI uri;
        try {
            uri = RequestParams.document(document);
        } catch (RequestParams.Invalid invalid) {
            return CompletableFuture.failedFuture(invalidParams(request, invalid));
        }
        return run(request, uri, context -> feature.apply(context, uri));
    }

    /** A request about the whole workspace (or a URI taken from its params by the feature): waits for every file. */
    <R> CompletableFuture<R> run(String request, Function<FeatureContext, R> feature) {
        return run(request, (URI) null, feature);
    }

    private <R> CompletableFuture<R> run(String request, URI scope, Function<FeatureContext, R> feature) {
        CompletableFuture<R> response = new CompletableFuture<>();
        Cancellation cancellation = () -> {
            if (response.isCancelled()) {
                throw new CancellationException(request + " was cancelled");
            }
        };
        CompletableFuture.supplyAsync(() -> sync.settled(scope), executors.documents()).thenCompose(Function.identity()).thenRunAsync(() -> {
            try {
                cancellation.checkCanceled();
                response.complete(feature.apply(new FeatureContext(model.analysis(), encoding.get(), cancellation, model.features())));
            } catch (CancellationException cancelled) {
                response.cancel(false);
            } catch (RequestParams.Invalid invalid) {
                response.completeExceptionally(invalidParams(request, invalid));
            } catch (FeatureException refused) {
                response.completeExceptionally(new ResponseErrorException(
                        new ResponseError(ResponseErrorCode.RequestFailed, refused.getMessage(), null)));
            } catch (RuntimeException | StackOverflowError failure) {
                log.error(request + " failed", failure);
                response.completeExceptionally(new ResponseErrorException(
                        new ResponseError(ResponseErrorCode.InternalError, request + " failed: " + failure, null)));
            }
        }, executors.workers()).exceptionally(rejected -> {
            response.completeExceptionally(rejected);
            return null;
        });
        return response;
    }

    private static ResponseErrorException invalidParams(String request, RequestParams.Invalid invalid) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, request + ": " + invalid.getMessage(), null));
    }
}
