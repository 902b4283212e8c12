package dev.specls.syntax.spec;

import dev.specls.text.Span;

/** A Markdown heading with the text it heads (up to the next heading of the same or a higher level). */
public record Section(String title, int level, Span heading, Span body) {
}
