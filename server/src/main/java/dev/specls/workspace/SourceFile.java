package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.OutlinedTree;
import dev.specls.syntax.SyntaxTree;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.state.StateDocument;
import dev.specls.text.LineIndex;
import dev.specls.text.Snapshot;
import java.net.URI;

/**
 * One file of the workspace at one version, parsed by its kind's format: {@code tree} is what the
 * format's parser made of the text, or {@code null} for a kind that has no parser. Immutable; what is
 * derived from the text (its Markdown outline) is computed once, on first use, from any thread, or taken
 * from the tree when its parser read the text through one ({@link OutlinedTree}).
 */
public final class SourceFile {

    private final Snapshot snapshot;
    private final FileKind kind;
    private final SyntaxTree tree;
    private final Lazy<MarkdownOutline> markdownOutline;

    public SourceFile(Snapshot snapshot, FileKind kind, SyntaxTree tree) {
        this.snapshot = snapshot;
        this.kind = kind;
        this.tree = tree;
        this.markdownOutline = new Lazy<>(() -> tree instanceof OutlinedTree outlined ? outlined.markdownOutline() : MarkdownOutline.of(snapshot.text()));
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public FileKind kind() {
        return kind;
    }

    /** The format parser's tree, or {@code null} for a kind without a parser. */
    public SyntaxTree tree() {
        return tree;
    }

    /** The headings, sections and literal lines of the text, read once per version for every feature. */
    public MarkdownOutline markdownOutline() {
        return markdownOutline.get();
    }

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
