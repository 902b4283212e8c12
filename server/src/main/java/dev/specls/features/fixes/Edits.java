package dev.specls.features.fixes;

import dev.specls.features.Positions;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Collects span replacements in one or more files and turns them into a quick fix whose
 * {@link WorkspaceEdit} holds versioned {@code documentChanges}: the editor refuses to apply the fix
 * to a buffer that changed since the spec set was read. A file read from disk has no version ({@code null}).
 */
final class Edits {

    private record Replacement(Span span, String text) {
    }

    private final PositionEncoding encoding;
    /** By URI, not by file: a file's record hashes its whole parse tree, deeply and slowly. */
    private final Map<URI, List<Replacement>> byFile = new LinkedHashMap<>();
    private final Map<URI, SourceFile> files = new LinkedHashMap<>();

    Edits(PositionEncoding encoding) {
        this.encoding = encoding;
    }

    Edits replace(SourceFile file, Span span, String text) {
        files.putIfAbsent(file.uri(), file);
        byFile.computeIfAbsent(file.uri(), ignored -> new ArrayList<>()).add(new Replacement(span, text));
        return this;
    }

    Edits insert(SourceFile file, int offset, String text) {
        return replace(file, Span.at(offset), text);
    }

    Edits delete(SourceFile file, Span span) {
        return replace(file, span, "");
    }

    boolean isEmpty() {
        return byFile.isEmpty();
    }

    WorkspaceEdit toWorkspaceEdit() {
        List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<URI, List<Replacement>> entry : byFile.entrySet()) {
            SourceFile file = files.get(entry.getKey());
            List<Replacement> replacements = new ArrayList<>(entry.getValue());
            replacements.sort(Comparator.comparing(Replacement::span));
            List<Either<TextEdit, SnippetTextEdit>> edits = new ArrayList<>(replacements.size());
            for (Replacement replacement : replacements) {
                edits.add(Either.forLeft(new TextEdit(Positions.range(file, replacement.span(), encoding), replacement.text())));
            }
            int version = file.snapshot().version();
            VersionedTextDocumentIdentifier document = new VersionedTextDocumentIdentifier(file.uri().toString(), version < 0 ? null : version);
            changes.add(Either.forLeft(new TextDocumentEdit(document, edits)));
        }
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setDocumentChanges(changes);
        return edit;
    }

    /** A quick fix with these edits, attached to the diagnostic it fixes. */
    CodeAction quickFix(String title, Diagnostic diagnostic, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        if (preferred) {
            action.setIsPreferred(true);
        }
        action.setEdit(toWorkspaceEdit());
        return action;
    }
}
