package dev.specls.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The HTTP client langchain4j's chat models send through, over the JDK's client, with what langchain4j's own
 * lacks for an editor: {@link #abort()} ends the request in flight at once (the user pressed cancel), and the
 * {@code Retry-After} of a refused request is kept for the message. One instance serves one command.
 */
final class AbortableHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Duration readTimeout;
    private volatile CompletableFuture<?> inFlight;
    private volatile boolean aborted;
    private volatile String retryAfter;
    private volatile int requests;

    private AbortableHttpClient(Duration connectTimeout, Duration readTimeout) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.delegate = builder.build();
        this.readTimeout = readTimeout;
    }

    /** Ends the request in flight and refuses later ones. */
    void abort() {
        aborted = true;
        CompletableFuture<?> request = inFlight;
        if (request != null) {
            request.cancel(true);
        }
    }

    boolean aborted() {
        return aborted;
    }

    /** The {@code Retry-After} of the last refused request, or {@code null}. */
    String retryAfter() {
        return retryAfter;
    }

    /** How many requests were sent. */
    int requests() {
        return requests;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<String> response = await(delegate.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            retryAfter = response.headers().firstValue("retry-after").orElse(null);
            throw new HttpException(response.statusCode(), response.body());
        }
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try {
            HttpResponse<InputStream> response = await(delegate.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofInputStream()));
            try (InputStream body = response.body()) {
                if (response.statusCode() < 200 || response.statusCode() >= 300) {
                    retryAfter = response.headers().firstValue("retry-after").orElse(null);
                    listener.onError(new HttpException(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                    return;
                }
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).build());
                parser.parse(body, listener);
                listener.onClose();
            }
        } catch (IOException | RuntimeException failure) {
            listener.onError(failure);
        }
    }

    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> request) {
        requests++;
        inFlight = request;
        if (aborted) {
            request.cancel(true);
        }
        try {
            return request.get();
        } catch (CancellationException cancelled) {
            throw new CancellationException("the request was cancelled");
        } catch (InterruptedException interrupted) {
            request.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the request was cancelled");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (aborted) {
                throw new CancellationException("the request was cancelled");
            }
            if (cause instanceof HttpTimeoutException timeout) {
                throw new TimeoutException(timeout);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new java.io.UncheckedIOException(
                    cause instanceof IOException io ? io : new IOException(cause));
        } finally {
            inFlight = null;
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder().uri(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        return builder.build();
    }

    /** Builds the one client of a command; langchain4j sets the timeouts it was given. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private AbortableHttpClient built;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            readTimeout = timeout;
            return this;
        }

        @Override
        public synchronized AbortableHttpClient build() {
            if (built == null) {
                built = new AbortableHttpClient(connectTimeout, readTimeout);
            }
            return built;
        }
    }
}
