package dev.specls.syntax.requirements;

import dev.specls.syntax.SyntaxTree;
import java.util.List;

/** A requirements file: its sections, the requirements it declares, and lines a tool would skip. */
public record RequirementsDocument(List<RequirementsSection> sections, List<Requirement> requirements, List<UnparsedLine> unparsedLines) implements SyntaxTree {
}
