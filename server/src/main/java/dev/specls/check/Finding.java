package dev.specls.check;

import dev.specls.text.Span;
import java.net.URI;
import java.util.List;

/** One diagnostic: where, how severe, which rule, what the tool will do and how to fix it. */
public record Finding(URI uri, Span span, String code, Severity severity, String message, List<Related> related) {
}
