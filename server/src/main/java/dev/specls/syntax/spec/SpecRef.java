package dev.specls.syntax.spec;

import dev.specls.text.Span;
import java.util.Set;

/**
 * A mention of an item by id. It resolves in its own spec set unless {@code qualifier} names another.
 *
 * @param fromKind    the kind of the item the reference belongs to, or {@code null} for the file itself
 * @param fromKey     the key of that item, or {@code null}
 * @param target      the id as written
 * @param targetKinds the kinds the id may name (a Kiro {@code 2.3} in {@code _Requirements:} is a criterion)
 * @param span        where the id is written; for an implicit reference, the id of the item it belongs to
 * @param source      for an implicit reference, the tool's default that makes it ("Spec Kit runs phases in order")
 * @param qualifier   the spec set the mention names ({@code 002-search} in {@code [002-search §FR-1]}), or {@code null}
 */
public record SpecRef(
        RefKind kind,
        Strength strength,
        ItemKind fromKind,
        String fromKey,
        String target,
        Set<ItemKind> targetKinds,
        Span span,
        String source,
        String qualifier) {

    public SpecRef {
        targetKinds = Set.copyOf(targetKinds);
    }

    public String targetKey() {
        return ItemIds.canonical(target);
    }

    public static SpecRef explicit(RefKind kind, SpecItem from, String target, Set<ItemKind> targetKinds, Span span) {
        return new SpecRef(kind, Strength.EXPLICIT, from == null ? null : from.kind(), from == null ? null : from.key(), target, targetKinds, span, null, null);
    }

    public static SpecRef implicit(RefKind kind, SpecItem from, String target, Set<ItemKind> targetKinds, String source) {
        return new SpecRef(kind, Strength.IMPLICIT, from.kind(), from.key(), target, targetKinds, from.idSpan(), source, null);
    }
}
