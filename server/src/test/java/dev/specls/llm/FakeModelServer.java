package dev.specls.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A model server on loopback that speaks one provider's wire format (OpenAI chat completions, Anthropic messages,
 * Ollama chat, Gemini generateContent), answers from a script and records every request, so tests drive langchain4j
 * exactly as production does.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded request. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A scripted reply: an answer's text, an error status with headers, or a body that never ends. */
    public record Reply(String text, int status, Map<String, String> headers, boolean trickles, long stallMillis) {
        public static Reply answer(String text) {
            return new Reply(text, 200, Map.of(), false, 0);
        }

        public static Reply error(int status, Map<String, String> headers) {
            return new Reply("{\"error\":{\"message\":\"refused\",\"type\":\"error\"}}", status, headers, false, 0);
        }

        /** Headers at once, then a body that trickles until the client drops the connection. */
        public static Reply endless() {
            return new Reply("", 200, Map.of(), true, 0);
        }

        /** No answer at all for this long, then an error. */
        public static Reply stall(long millis) {
            return new Reply("{}", 500, Map.of(), false, millis);
        }

        /** The same reply, sent only after this long. */
        public Reply after(long millis) {
            return new Reply(text, status, headers, trickles, millis);
        }
    }

    private final Provider provider;
    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch endlessStarted = new CountDownLatch(1);
    private volatile long endlessAbortedAtNanos;
    private final CountDownLatch endlessAborted = new CountDownLatch(1);

    public FakeModelServer(Provider provider) throws IOException {
        this.provider = provider;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Queues replies, answered in order; the last one repeats. */
    public FakeModelServer reply(Reply... replies) {
        synchronized (script) {
            script.addAll(List.of(replies));
        }
        return this;
    }

    public FakeModelServer answer(String... texts) {
        for (String text : texts) {
            reply(Reply.answer(text));
        }
        return this;
    }

    public Provider provider() {
        return provider;
    }

    /** The base URL the provider's langchain4j model is given. */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return switch (provider) {
            case OPENAI -> root + "/v1";
            case ANTHROPIC -> root + "/v1/";
            case OLLAMA -> root;
            case GEMINI -> root + "/v1beta";
        };
    }

    /** Waits until this many requests arrived. */
    public boolean awaitRequests(int count, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (requests.size() < count) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public boolean awaitEndlessStarted(long seconds) throws InterruptedException {
        return endlessStarted.await(seconds, TimeUnit.SECONDS);
    }

    /** Nanotime at which the client dropped an endless reply's connection, once it has. */
    public long awaitEndlessAborted(long seconds) throws InterruptedException {
        return endlessAborted.await(seconds, TimeUnit.SECONDS) ? endlessAbortedAtNanos : -1;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply;
        synchronized (script) {
            reply = script.size() > 1 ? script.poll() : script.peek();
        }
        if (reply == null) {
            reply = Reply.error(500, Map.of());
        }
        if (reply.stallMillis() > 0) {
            try {
                Thread.sleep(reply.stallMillis());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply.trickles()) {
            trickle(exchange);
            return;
        }
        byte[] bytes = (reply.status() == 200 ? success(reply.text()) : reply.text()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends the headers, then one space every 20 ms until the client goes away (bounded to 30 s). */
    private void trickle(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            endlessStarted.countDown();
            OutputStream out = exchange.getResponseBody();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                out.write(' ');
                out.flush();
                Thread.sleep(20);
            }
            out.close();
        } catch (IOException dropped) {
            endlessAbortedAtNanos = System.nanoTime();
            endlessAborted.countDown();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private String success(String text) throws IOException {
        Object body = switch (provider) {
            case OPENAI -> Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "fake",
                    "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", text), "finish_reason", "stop")),
                    "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20));
            case ANTHROPIC -> Map.of("id", "msg_1", "type", "message", "role", "assistant", "model", "fake",
                    "content", List.of(Map.of("type", "text", "text", text)), "stop_reason", "end_turn",
                    "usage", Map.of("input_tokens", 10, "output_tokens", 10));
            case OLLAMA -> Map.of("model", "fake", "created_at", "2026-01-01T00:00:00Z", "message", Map.of("role", "assistant", "content", text),
                    "done", true, "prompt_eval_count", 10, "eval_count", 10);
            case GEMINI -> Map.of("candidates", List.of(Map.of("content", Map.of("role", "model", "parts", List.of(Map.of("text", text))),
                    "finishReason", "STOP")), "usageMetadata", Map.of("promptTokenCount", 10, "candidatesTokenCount", 10, "totalTokenCount", 20));
        };
        return JSON.writeValueAsString(body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
