package dev.specls.syntax.spec;

import dev.specls.text.Span;

/**
 * A status written about an item declared elsewhere: a line of Saga's PROGRESS.md. A claim is not a
 * declaration and never creates an item.
 */
public record StatusClaim(String id, Span idSpan, String name, ItemStatus status, Span statusSpan) {

    public String key() {
        return ItemIds.canonical(id);
    }
}
