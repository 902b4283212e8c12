package dev.specls.syntax;

import dev.specls.text.Span;

/**
 * Something a parser noticed while reading a file: a span in the file and a message written for
 * the user. Rules decide whether and how to report it; parsers never throw.
 */
public record SyntaxProblem(Span span, String message) {
}
