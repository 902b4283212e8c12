package dev.specls.syntax.state;

import dev.specls.syntax.SyntaxTree;
import java.util.List;

/** A STATE.md file: its sections, task lines and key/value fields, in document order. */
public record StateDocument(List<StateSection> sections, List<StateEntry> entries, List<StateField> fields) implements SyntaxTree {
}
