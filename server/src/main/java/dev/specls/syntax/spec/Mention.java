package dev.specls.syntax.spec;

import dev.specls.text.Span;

/** A piece of text of a file at its exact span: an owned file, a validation criterion. */
public record Mention(String text, Span span) {
}
