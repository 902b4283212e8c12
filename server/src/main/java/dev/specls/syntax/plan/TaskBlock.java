package dev.specls.syntax.plan;

import dev.specls.text.Span;

/**
 * The block sago reads, found as sago finds it (FORMATS.md §2).
 *
 * @param kind        which of sago's two regular expressions matched
 * @param span        the whole match: from {@code ```xml} to the three backticks that end it, or the raw element
 * @param contentSpan what sago hands to its XML parser: the match's group, stripped of Unicode white space
 */
public record TaskBlock(Kind kind, Span span, Span contentSpan) {

    public enum Kind {
        /** {@code ```xml} anywhere in the text, to the first {@code ```} after it; taken even without {@code <phases>}. */
        XML_FENCE,
        /** Only when no {@code ```xml} block matches: the first {@code <phases\b … </phases>} in the raw text. */
        PHASES_ELEMENT
    }
}
