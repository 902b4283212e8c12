package dev.specls.syntax.requirements;

import dev.specls.text.Span;

/**
 * A line that looks like a requirement but that the spec set's tool will skip, with the reason
 * (for example "the colon must be inside the bold for sago") and, when one exists, the line rewritten
 * into the syntax the tool reads.
 */
public record UnparsedLine(Span lineSpan, String reason, String suggestedLine) {
}
