package dev.specls.features.prompt;

import dev.specls.features.FeatureContext;
import dev.specls.features.FeatureException;
import dev.specls.features.Positions;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Edits of prompt files, collected by file and turned into one workspace edit the user sees. */
public final class PromptEdits {

    /** Replace {@code span} with {@code text}. */
    public record Edit(Span span, String text) {
    }

    private final Map<URI, List<Edit>> byFile = new LinkedHashMap<>();

    public void add(URI uri, Span span, String text) {
        List<Edit> edits = byFile.computeIfAbsent(uri, ignored -> new ArrayList<>());
        Edit edit = new Edit(span, text);
        if (!edits.contains(edit)) {
            edits.add(edit);
        }
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    public Map<URI, List<Edit>> byFile() {
        return byFile;
    }

    /** The edit, refused when it would write through a link. */
    public WorkspaceEdit toWorkspaceEdit(FeatureContext context) {
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<URI, List<Edit>> entry : byFile.entrySet()) {
            SourceFile file = context.workspace().file(entry.getKey());
            if (file == null) {
                continue;
            }
            if (!context.workspace().mayEdit(file.uri())) {
                throw new FeatureException("Cannot edit " + file.uri().getPath() + ": it is a symbolic link (or lies in a linked folder), "
                        + "and the edit would be written through it. Edit the link's target yourself.");
            }
            List<Either<TextEdit, SnippetTextEdit>> edits = new ArrayList<>();
            for (Edit edit : entry.getValue()) {
                edits.add(Either.forLeft(new TextEdit(Positions.range(file, edit.span(), context.encoding()), edit.text())));
            }
            int version = file.snapshot().version();
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(file.uri().toString(),
                    version < 0 ? null : version), edits)));
        }
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setDocumentChanges(changes);
        return edit;
    }
}
