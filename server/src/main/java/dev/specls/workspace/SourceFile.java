package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.SyntaxTree;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.state.StateDocument;
import dev.specls.text.LineIndex;
import dev.specls.text.Snapshot;
import java.net.URI;

/**
 * One file of the workspace at one version, parsed by its kind's format: {@code tree} is what the
 * format's parser made of the text, or {@code null} for a kind that has no parser.
 */
public record SourceFile(Snapshot snapshot, FileKind kind, SyntaxTree tree) {

    public URI uri() {
        return snapshot.uri();
    }

    public String text() {
        return snapshot.text();
    }

    public LineIndex lineIndex() {
        return snapshot.lineIndex();
    }

    /** The tree when it is of this type, else {@code null}: how a format's rules and features take their own tree. */
    public <T extends SyntaxTree> T tree(Class<T> type) {
        return type.isInstance(tree) ? type.cast(tree) : null;
    }

    /** The parsed plan, or {@code null} for a file of another kind. */
    public PlanDocument plan() {
        return tree(PlanDocument.class);
    }

    public RequirementsDocument requirements() {
        return tree(RequirementsDocument.class);
    }

    public StateDocument state() {
        return tree(StateDocument.class);
    }
}
