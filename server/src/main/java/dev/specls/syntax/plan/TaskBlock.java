package dev.specls.syntax.plan;

import dev.specls.text.Span;

/**
 * Where a plan's XML lives in the Markdown file.
 *
 * @param kind        how it was found (sago's lookup order, FORMATS.md §2)
 * @param span        the whole block including fences, for reporting
 * @param contentSpan the text handed to the XML reader
 */
public record TaskBlock(Kind kind, Span span, Span contentSpan) {

    public enum Kind {
        /** A fence opened with exactly {@code ```xml}: sago's first choice, taken even without {@code <phases>}. */
        XML_FENCE,
        /** The first {@code <phases ... </phases>} in the raw text, fenced with a plain fence or not at all. */
        PHASES_ELEMENT
    }
}
