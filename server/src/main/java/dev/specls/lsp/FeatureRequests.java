package dev.specls.lsp;

import dev.specls.features.Cancellation;
import dev.specls.features.FeatureContext;
import dev.specls.features.FeatureException;
import dev.specls.text.PositionEncoding;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs editor features for requests. A request first waits for the document notifications sent
 * before it (so completion right after typing sees the typed text), then runs on a worker; it can
 * be cancelled, and a feature's failure becomes an error response while the server carries on.
 */
final class FeatureRequests {

    private final DocumentModel model;
    private final ServerExecutors executors;
    private final ServerLog log;
    private final Supplier<PositionEncoding> encoding;

    FeatureRequests(DocumentModel model, ServerExecutors executors, ServerLog log, Supplier<PositionEncoding> encoding) {
        this.model = model;
        this.executors = executors;
        this.log = log;
        this.encoding = encoding;
    }

    <R> CompletableFuture<R> run(String request, Function<FeatureContext, R> feature) {
        CompletableFuture<R> response = new CompletableFuture<>();
        Cancellation cancellation = () -> {
            if (response.isCancelled()) {
                throw new CancellationException(request + " was cancelled");
            }
        };
        CompletableFuture.runAsync(() -> { }, executors.documents()).thenRunAsync(() -> {
            try {
                cancellation.checkCanceled();
                response.complete(feature.apply(new FeatureContext(model.view(), model.checker(), encoding.get(), cancellation)));
            } catch (CancellationException cancelled) {
                response.cancel(false);
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
}
