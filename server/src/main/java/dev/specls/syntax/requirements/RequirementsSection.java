package dev.specls.syntax.requirements;

import dev.specls.text.Span;

/** A Markdown heading of a requirements file and the extent of its section. */
public record RequirementsSection(String title, int level, Span headingSpan, Span span, boolean inScope) {
}
