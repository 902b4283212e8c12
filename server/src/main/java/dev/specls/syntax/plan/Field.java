package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;

/**
 * A task's child element as sago reads it: the first element of that name, its text trimmed.
 *
 * @param element  the element (later duplicates are ignored by sago)
 * @param text     the trimmed, decoded text; "" when empty
 * @param textSpan raw span of the trimmed text in the file (empty, at the content start, when the text is empty)
 */
public record Field(XmlElement element, String text, Span textSpan) {

    public boolean isBlank() {
        return text.isEmpty();
    }
}
