package dev.specls.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.specls.llm.Credentials.Connection;
import dev.specls.llm.LlmException.Kind;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One command's conversation with a model through langchain4j's chat model for its provider. No retries inside
 * langchain4j (a refusal is the user's to see, with its Retry-After), no request logging (a request carries the key).
 */
final class ChatClient {

    private final Connection connection;
    private final AbortableHttpClient http;
    private final ChatModel model;

    ChatClient(Connection connection, LlmSettings settings) throws LlmException {
        this.connection = connection;
        boolean endpointNamed = settings.baseUrl() != null;
        if (connection.key() == null && connection.provider().needsKey() && !(connection.provider() == Provider.OPENAI && endpointNamed)) {
            String variable = connection.provider().keyVariable();
            throw new LlmException(Kind.REFUSED_KEY, "no API key for " + connection.provider().word() + ": set " + Credentials.SPECLS_KEY
                    + " or " + variable + " in the environment the editor or the command runs in"
                    + (connection.withheldNote() == null ? "" : " (" + connection.withheldNote() + ")"));
        }
        AbortableHttpClient.Builder httpBuilder = new AbortableHttpClient.Builder();
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        this.model = build(connection, settings, httpBuilder, timeout);
        this.http = httpBuilder.build();
    }

    private static ChatModel build(Connection connection, LlmSettings settings, AbortableHttpClient.Builder http, Duration timeout) {
        String endpoint = connection.endpoint();
        return switch (connection.provider()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(endpoint).apiKey(connection.key())
                    .modelName(connection.model()).temperature(settings.temperature()).maxTokens(settings.maxTokens())
                    .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(http).baseUrl(endpoint).apiKey(connection.key())
                    .modelName(connection.model()).temperature(settings.temperature()).maxTokens(settings.maxTokens())
                    .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http).baseUrl(endpoint)
                    .modelName(connection.model()).temperature(settings.temperature()).numPredict(settings.maxTokens())
                    .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder().httpClientBuilder(http).baseUrl(endpoint).apiKey(connection.key())
                    .modelName(connection.model()).temperature(settings.temperature()).maxOutputTokens(settings.maxTokens())
                    .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
        };
    }

    Connection connection() {
        return connection;
    }

    /** Ends the request in flight; the waiting {@link #answer} throws a {@link Kind#CANCELLED} failure. */
    void abort() {
        http.abort();
    }

    int requests() {
        return http.requests();
    }

    /**
     * The model's answer to the conversation.
     *
     * @param format the JSON schema of a structured answer, or {@code null} for text
     */
    String answer(List<ChatMessage> messages, ResponseFormat format) throws LlmException {
        if (http.aborted()) {
            throw cancelled();
        }
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        if (format != null) {
            request.responseFormat(format);
        }
        try {
            ChatResponse response = model.chat(request.build());
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            return text == null ? "" : text;
        } catch (RuntimeException failure) {
            throw classify(failure);
        }
    }

    private LlmException cancelled() {
        return new LlmException(Kind.CANCELLED, "cancelled; no edit was made");
    }

    private LlmException classify(RuntimeException failure) {
        if (http.aborted() || hasCause(failure, CancellationException.class) || hasCause(failure, InterruptedException.class)) {
            return cancelled();
        }
        String where = connection.provider().word() + " at " + connection.endpoint();
        if (failure instanceof AuthenticationException) {
            return new LlmException(Kind.REFUSED_KEY, where + " refused the API key" + (connection.keySource() == null ? " (none was sent)"
                    : " from " + connection.keySource()) + " (HTTP 401/403): check the key"
                    + (connection.withheldNote() == null ? "" : "; " + connection.withheldNote()));
        }
        if (failure instanceof RateLimitException) {
            String retryAfter = http.retryAfter();
            return new LlmException(Kind.RATE_LIMITED, where + " is rate-limiting requests (HTTP 429)"
                    + (retryAfter == null ? "; try again later" : "; try again in " + retryAfterText(retryAfter)));
        }
        if (failure instanceof TimeoutException || hasCause(failure, java.net.http.HttpTimeoutException.class)) {
            boolean connecting = hasCause(failure, HttpConnectTimeoutException.class);
            return new LlmException(Kind.TIMEOUT, where + (connecting ? " did not accept a connection" : " did not answer")
                    + " in time; raise specls.llm.timeoutSeconds, or try a smaller model");
        }
        if (failure instanceof UnresolvedModelServerException || hasCause(failure, ConnectException.class)
                || hasCause(failure, UnknownHostException.class) || hasCause(failure, UnresolvedAddressException.class)) {
            return new LlmException(Kind.UNREACHABLE, "cannot reach " + where + ": is the server running and the base URL right?"
                    + (connection.provider() == Provider.OLLAMA ? " (start it with `ollama serve`)" : ""));
        }
        if (failure instanceof ModelNotFoundException) {
            return new LlmException(Kind.SERVER_ERROR, where + " has no model \"" + connection.model() + "\" (HTTP 404): check specls.llm.model"
                    + (connection.provider() == Provider.OLLAMA ? " or `ollama pull " + connection.model() + "`" : ""));
        }
        if (failure instanceof UnsupportedFeatureException) {
            return new LlmException(Kind.INVALID_INPUT, where + " cannot answer against a JSON schema: " + safe(failure.getMessage())
                    + "; set [llm] structuredOutput = false");
        }
        HttpException http = cause(failure, HttpException.class);
        if (http != null) {
            return new LlmException(Kind.SERVER_ERROR, where + " answered HTTP " + http.statusCode() + ": " + shortened(safe(http.getMessage())));
        }
        return new LlmException(Kind.SERVER_ERROR, where + " failed: " + shortened(safe(String.valueOf(failure.getMessage()))));
    }

    private String safe(String text) {
        return Credentials.redact(text, connection.secrets());
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String retryAfterText(String value) {
        String trimmed = value.strip();
        return trimmed.chars().allMatch(Character::isDigit) ? trimmed + " s" : trimmed;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
