package dev.specls.syntax.state;

import dev.specls.text.Span;

/** A heading of STATE.md and the extent of its section. */
public record StateSection(String title, int level, Span headingSpan, Span span) {
}
