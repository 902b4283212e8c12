package dev.specls.syntax.plan;

import dev.specls.text.Span;

/** A value read from a list in the plan (one id of {@code depends_on}, one line of {@code <files>}) and where it stands. */
public record Ref(String value, Span span) {
}
