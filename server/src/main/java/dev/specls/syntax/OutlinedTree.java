package dev.specls.syntax;

/**
 * A tree whose parser read the text through a {@link MarkdownOutline}: it keeps that outline, so the
 * file's features (outline, folding) take it instead of reading the text a second time.
 */
public interface OutlinedTree extends SyntaxTree {

    MarkdownOutline markdownOutline();
}
