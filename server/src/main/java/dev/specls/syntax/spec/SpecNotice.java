package dev.specls.syntax.spec;

import dev.specls.text.Span;

/** One thing a parser noticed, at its exact span, with what it saw. */
public record SpecNotice(NoticeKind kind, Span span, String detail) {
}
