package dev.specls.features.completion;

import dev.specls.features.FeatureContext;
import dev.specls.features.Positions;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * One completion request: the file, the cursor as an offset, the spec set, and the items found so far.
 * Every item replaces a span of the file; the span always holds the cursor and never crosses a line.
 */
public final class CompletionRequest {

    final FeatureContext context;
    final SourceFile file;
    final String text;
    final int offset;
    final SpecSet specSet;
    final List<CompletionItem> items = new ArrayList<>();
    /** True when the client must ask again as the user types (a capped file listing). */
    boolean incomplete;

    public CompletionRequest(FeatureContext context, SourceFile file, int offset, SpecSet specSet) {
        this.context = context;
        this.file = file;
        this.text = file.text();
        this.offset = Math.max(0, Math.min(offset, text.length()));
        this.specSet = specSet;
    }

    public List<CompletionItem> items() {
        return items;
    }

    public boolean incomplete() {
        return incomplete;
    }

    public FeatureContext context() {
        return context;
    }

    public SourceFile file() {
        return file;
    }

    /** The cursor, as an offset into the file's text. */
    public int offset() {
        return offset;
    }

    /** The file's spec set, or {@code null}. */
    public SpecSet specSet() {
        return specSet;
    }

    void checkCanceled() {
        context.cancellation().checkCanceled();
    }

    /** Adds an item that replaces {@code [start, end)} (widened to hold the cursor) with {@code newText}. */
    public CompletionItem add(String label, CompletionItemKind kind, int start, int end, String newText, boolean snippet) {
        int from = Math.max(0, Math.min(start, offset));
        int to = Math.min(text.length(), Math.max(end, offset));
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setTextEdit(Either.forLeft(new TextEdit(Positions.range(new Span(from, to), file.lineIndex(), context.encoding()), newText)));
        item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        if (snippet && newText.indexOf('\n') >= 0) {
            // The lines carry the file's own indentation already.
            item.setInsertTextMode(InsertTextMode.AsIs);
        }
        items.add(item);
        return item;
    }

    static void describe(CompletionItem item, String description) {
        CompletionItemLabelDetails details = new CompletionItemLabelDetails();
        details.setDescription(description);
        item.setLabelDetails(details);
    }

    static void document(CompletionItem item, String markdown) {
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown));
    }

    static String sortKey(int group, int rank) {
        return String.format(Locale.ROOT, "%d%05d", group, rank);
    }

    /** Escapes the characters a snippet gives meaning to. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '$' || c == '}' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A one-line excerpt for a detail: whitespace runs as one space, at most {@code max} characters. */
    static String excerpt(String value, int max) {
        String flat = value.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }

    // ---- lexical helpers shared by the plan and state completions --------------------------

    /** The leading spaces and tabs of the line holding {@code at}. */
    String indentationOfLine(int at) {
        int start = file.lineIndex().lineStart(file.lineIndex().lineOf(at));
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    int lineStartOf(int at) {
        return file.lineIndex().lineStart(file.lineIndex().lineOf(at));
    }

    int lineEndOf(int at) {
        return file.lineIndex().lineContentEnd(file.lineIndex().lineOf(at));
    }
}
