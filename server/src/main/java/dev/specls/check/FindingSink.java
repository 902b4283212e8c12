package dev.specls.check;

import dev.specls.text.Span;
import java.net.URI;
import java.util.List;

/** Where a rule reports; the checker adds the code and the configured severity. */
public interface FindingSink {

    void report(URI uri, Span span, String message, List<Related> related);

    default void report(URI uri, Span span, String message) {
        report(uri, span, message, List.of());
    }
}
