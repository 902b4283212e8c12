package dev.specls.lsp;

import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

/**
 * Checks every message from the editor before a service sees it: the params the protocol marks as
 * required ({@code textDocument}, {@code position}, …, lsp4j's {@code @NonNull}) must be there, and
 * params must be there at all where a method takes some. A request that fails gets -32602 (invalid
 * params) saying what is missing, instead of a -32603 with a NullPointerException from deep inside; a
 * notification that fails is dropped with a warning. Only incoming messages are checked: the server's
 * own answers need no such guard.
 */
final class IncomingMessages implements MessageConsumer {

    /** The methods that take no params. */
    private static final Set<String> WITHOUT_PARAMS = Set.of("shutdown", "exit", "initialized");
    /**
     * Client capabilities are a deep tree in which many clients leave out fields the protocol calls
     * required; refusing {@code initialize} for one would leave the editor without a server, and the
     * server reads every capability as optional anyway.
     */
    private static final Set<String> NOT_VALIDATED = Set.of("initialize");

    private final MessageConsumer delegate;
    private final MessageConsumer validated;

    IncomingMessages(MessageConsumer delegate) {
        this.delegate = delegate;
        this.validated = new ReflectiveMessageValidator(delegate);
    }

    @Override
    public void consume(Message message) {
        String method = null;
        Object params = null;
        if (message instanceof RequestMessage request) {
            method = request.getMethod();
            params = request.getParams();
        } else if (message instanceof NotificationMessage notification) {
            method = notification.getMethod();
            params = notification.getParams();
        }
        if (method != null && params == null && !WITHOUT_PARAMS.contains(method)) {
            throw new MessageIssueException(message, List.of(new MessageIssue(
                    "'" + method + "' needs params, and the message has none", ResponseErrorCode.InvalidParams.getValue())));
        }
        if (method != null && NOT_VALIDATED.contains(method)) {
            delegate.consume(message);
        } else {
            validated.consume(message);
        }
    }
}
