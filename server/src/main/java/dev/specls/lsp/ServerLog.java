package dev.specls.lsp;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Logs to the client's output panel ({@code window/logMessage}) once connected and to stderr before;
 * stdout carries the protocol and must never see a log line.
 */
final class ServerLog {

    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void warn(String message) {
        send(MessageType.Warning, message);
    }

    /** Also prints the stack trace to stderr, where the client keeps the server's raw output. */
    void error(String message, Throwable error) {
        send(MessageType.Error, message + ": " + error);
        error.printStackTrace(System.err);
    }

    private void send(MessageType type, String message) {
        LanguageClient connected = client;
        if (connected == null) {
            System.err.println("specls " + type.name().toLowerCase() + ": " + message);
        } else {
            connected.logMessage(new MessageParams(type, message));
        }
    }
}
