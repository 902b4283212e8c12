package dev.specls.syntax;

/**
 * What a format's parser makes of a file's text: an immutable tree with spans and the problems found
 * while reading it. Features and rules take the tree of their own format with
 * {@code SourceFile.tree(Class)}, so one format never needs to know another's tree.
 *
 * <p>Not {@code sealed}: the project is one unnamed module, where a sealed interface may only be
 * implemented in its own package, and each format keeps its tree beside its parser.
 */
public interface SyntaxTree {
}
