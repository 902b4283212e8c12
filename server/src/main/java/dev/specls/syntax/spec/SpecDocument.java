package dev.specls.syntax.spec;

import dev.specls.syntax.SyntaxTree;
import java.util.List;

/**
 * One spec file of a non-sago format, parsed: the items it declares, the references it makes, the
 * statuses it claims for items declared elsewhere, what the parser noticed, and its headings.
 * Immutable; every span is an offset into the file's own text.
 */
public record SpecDocument(
        SpecFormat format,
        SpecRole role,
        List<SpecItem> items,
        List<SpecRef> refs,
        List<StatusClaim> claims,
        List<SpecNotice> notices,
        List<Section> sections) implements SyntaxTree {

    public SpecDocument {
        items = List.copyOf(items);
        refs = List.copyOf(refs);
        claims = List.copyOf(claims);
        notices = List.copyOf(notices);
        sections = List.copyOf(sections);
    }
}
