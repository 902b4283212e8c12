package dev.specls.lsp;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Reads JSON-RPC messages framed by {@code Content-Length} headers, as lsp4j's own reader does, but
 * strictly: a header that is not {@code Name: value}, a {@code Content-Length} that is not a number, or a
 * header block without one means the stream is out of step, and lsp4j's reader would then take every
 * later body for headers and never answer again. This reader stops instead and says why ({@link
 * #framingError()}), so the server can exit and the editor start a fresh one. Every body is read to its
 * last byte before it is parsed, so a body that is not valid JSON costs only itself.
 */
final class FramedMessageReader implements MessageProducer, Closeable {

    private static final Pattern HEADER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*(.*?)[ \\t]*");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";]+)\"?");
    /** A header line longer than this is a body read as headers. */
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADER_LINES = 64;

    private final InputStream input;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private final Consumer<String> warn;
    private volatile boolean keepRunning;
    private volatile String framingError;
    private long offset;

    FramedMessageReader(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler, Consumer<String> warn) {
        this.input = input;
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
        this.warn = warn;
    }

    /** Why reading stopped before the input ended, or {@code null}. */
    String framingError() {
        return framingError;
    }

    @Override
    public void listen(MessageConsumer consumer) throws JsonRpcException {
        keepRunning = true;
        try {
            while (keepRunning) {
                Headers headers = readHeaders();
                if (headers == null) {
                    return;
                }
                byte[] body = readBody(headers.contentLength);
                if (body == null) {
                    return;
                }
                dispatch(body, headers.charset, consumer);
            }
        } catch (FramingException broken) {
            framingError = broken.getMessage();
        } catch (IOException e) {
            if (keepRunning && !JsonRpcException.indicatesStreamClosed(e)) {
                throw new JsonRpcException(e);
            }
        } finally {
            keepRunning = false;
        }
    }

    @Override
    public void close() {
        keepRunning = false;
    }

    private static final class Headers {
        int contentLength = -1;
        Charset charset = StandardCharsets.UTF_8;
    }

    private static final class FramingException extends Exception {
        FramingException(String message) {
            super(message);
        }
    }

    /** The next message's headers, or {@code null} when the input ends between messages. */
    private Headers readHeaders() throws IOException, FramingException {
        Headers headers = new Headers();
        long start = offset;
        int lines = 0;
        while (true) {
            String line = readLine();
            if (line == null) {
                if (lines == 0) {
                    return null;
                }
                throw new FramingException("the input ended inside the headers of the message at byte " + start);
            }
            if (line.isEmpty()) {
                if (lines == 0) {
                    // Blank lines between messages carry nothing; skip them.
                    start = offset;
                    continue;
                }
                if (headers.contentLength < 0) {
                    throw new FramingException("the message at byte " + start + " has no Content-Length header");
                }
                return headers;
            }
            if (++lines > MAX_HEADER_LINES) {
                throw new FramingException("the message at byte " + start + " has more than " + MAX_HEADER_LINES + " header lines");
            }
            parseHeader(line, headers, start);
        }
    }

    private void parseHeader(String line, Headers headers, long start) throws FramingException {
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
            throw new FramingException("the message at byte " + start + " has a header that is not \"Name: value\": " + quote(line));
        }
        String name = header.group(1).toLowerCase(Locale.ROOT);
        String value = header.group(2);
        if (name.equals("content-length")) {
            if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) > Integer.MAX_VALUE) {
                throw new FramingException("the message at byte " + start + " has Content-Length " + quote(value) + ", which is no byte count");
            }
            int length = Integer.parseInt(value);
            if (headers.contentLength >= 0 && headers.contentLength != length) {
                throw new FramingException("the message at byte " + start + " has two different Content-Length headers");
            }
            headers.contentLength = length;
        } else if (name.equals("content-type")) {
            Matcher charset = CHARSET.matcher(value);
            if (charset.find()) {
                headers.charset = charset(charset.group(1).trim(), start);
            }
        }
    }

    /** LSP's charset is UTF-8, which it also allows to be called {@code utf8}. */
    private static Charset charset(String name, long start) throws FramingException {
        if (name.equalsIgnoreCase("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new FramingException("the message at byte " + start + " names the charset " + quote(name) + ", which this JVM cannot decode");
        }
    }

    /** One header line without its line break, or {@code null} at the end of the input before any byte of it. */
    private String readLine() throws IOException, FramingException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = input.read();
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            offset++;
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_HEADER_LINE) {
                throw new FramingException("a header line at byte " + (offset - line.length()) + " runs past " + MAX_HEADER_LINE
                        + " bytes: the stream is out of step");
            }
            line.append((char) c);
        }
    }

    /** Exactly {@code length} bytes, growing with what arrives rather than with what the header claims; {@code null} at the end of the input. */
    private byte[] readBody(int length) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, 64 * 1024));
        byte[] buffer = new byte[Math.min(Math.max(length, 1), 64 * 1024)];
        int remaining = length;
        while (remaining > 0) {
            int count = input.read(buffer, 0, Math.min(buffer.length, remaining));
            if (count < 0) {
                return null;
            }
            body.write(buffer, 0, count);
            remaining -= count;
            offset += count;
        }
        return body.toByteArray();
    }

    private void dispatch(byte[] body, Charset charset, MessageConsumer consumer) {
        Message message;
        try {
            message = jsonHandler.parseMessage(new String(body, charset));
        } catch (MessageIssueException issue) {
            issueHandler.handle(issue.getRpcMessage(), issue.getIssues());
            return;
        } catch (RuntimeException unreadable) {
            warn.accept("ignored a message that is not JSON-RPC (" + unreadable.getMessage() + ")");
            return;
        }
        try {
            consumer.consume(message);
        } catch (MessageIssueException issue) {
            issueHandler.handle(issue.getRpcMessage(), issue.getIssues());
        } catch (RuntimeException failure) {
            warn.accept("failed to handle a message: " + failure);
        }
    }

    private static String quote(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return "\"" + shown.replace("\"", "\\\"") + "\"";
    }
}
