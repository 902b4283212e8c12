package dev.specls.check;

import dev.specls.text.Span;
import java.net.URI;

/** Another place a finding involves, shown as LSP {@code relatedInformation}. */
public record Related(URI uri, Span span, String message) {
}
