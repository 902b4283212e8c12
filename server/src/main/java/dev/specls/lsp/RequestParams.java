package dev.specls.lsp;

import com.google.gson.JsonObject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Checks what JSON-RPC cannot about request params: a document URI that is a URI, positions that are
 * not negative, ranges that do not end before they start. A failed check becomes a -32602 (invalid
 * params) answer that says what is wrong. A position past the end of a line or of the file is valid:
 * LSP says it means the end.
 */
public final class RequestParams {

    /** Thrown by the checks; {@link FeatureRequests} answers it with -32602. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private RequestParams() {
    }

    static URI document(TextDocumentIdentifier document) {
        if (document == null || document.getUri() == null) {
            throw new Invalid("textDocument.uri is missing");
        }
        return uri(document.getUri(), "textDocument.uri");
    }

    static URI uri(String uri, String what) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null) {
                throw new Invalid(what + " \"" + uri + "\" has no scheme; send an absolute URI such as file:///path/PLAN.md");
            }
            return parsed;
        } catch (IllegalArgumentException malformed) {
            throw new Invalid(what + " is not a URI: " + malformed.getMessage());
        }
    }

    static Position position(Position position) {
        return position(position, "position");
    }

    static Range range(Range range) {
        if (range == null) {
            throw new Invalid("range is missing");
        }
        Position start = position(range.getStart(), "range.start");
        Position end = position(range.getEnd(), "range.end");
        if (start.getLine() > end.getLine() || (start.getLine() == end.getLine() && start.getCharacter() > end.getCharacter())) {
            throw new Invalid("range ends (" + end.getLine() + ":" + end.getCharacter() + ") before it starts ("
                    + start.getLine() + ":" + start.getCharacter() + ")");
        }
        return range;
    }

    private static Position position(Position position, String what) {
        if (position == null) {
            throw new Invalid(what + " is missing");
        }
        if (position.getLine() < 0 || position.getCharacter() < 0) {
            throw new Invalid(what + " " + position.getLine() + ":" + position.getCharacter() + " is negative");
        }
        return position;
    }

    /**
     * The item with its data as features read it: a client sends back the data it was given as JSON,
     * which becomes a map of its string fields (features never see JSON).
     */
    public static CallHierarchyItem withDecodedData(CallHierarchyItem item) {
        if (item != null && item.getData() instanceof JsonObject json) {
            Map<String, String> fields = new LinkedHashMap<>();
            json.entrySet().forEach(entry -> {
                if (entry.getValue().isJsonPrimitive()) {
                    fields.put(entry.getKey(), entry.getValue().getAsString());
                }
            });
            item.setData(fields);
        }
        return item;
    }
}
