package dev.specls.syntax.state;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.OutlinedTree;
import java.util.List;

/** A STATE.md file: its sections, task lines and key/value fields, in document order, and the Markdown outline they were read from. */
public record StateDocument(List<StateSection> sections, List<StateEntry> entries, List<StateField> fields, MarkdownOutline markdownOutline)
        implements OutlinedTree {
}
