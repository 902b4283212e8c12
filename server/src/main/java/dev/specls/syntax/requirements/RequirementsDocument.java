package dev.specls.syntax.requirements;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.OutlinedTree;
import java.util.List;

/**
 * A requirements file: its sections, the requirements it declares, lines a tool would skip, and the
 * Markdown outline they were read from.
 */
public record RequirementsDocument(List<RequirementsSection> sections, List<Requirement> requirements, List<UnparsedLine> unparsedLines,
                                   MarkdownOutline markdownOutline) implements OutlinedTree {
}
