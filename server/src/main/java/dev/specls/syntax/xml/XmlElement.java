package dev.specls.syntax.xml;

import dev.specls.text.Span;
import java.util.List;

/**
 * One element of the tolerant XML tree, with file offsets.
 *
 * @param name        the tag name as written
 * @param nameSpan    the name inside the start tag
 * @param span        from {@code <} of the start tag to {@code >} of the end tag (or as far as the
 *                    element reached when it was never closed)
 * @param startTagSpan the start tag, {@code <name ...>} or {@code <name/>}
 * @param contentSpan between the start tag and the end tag (empty at the start tag's end when self-closing)
 * @param attributes  in document order, duplicates kept
 * @param children    child elements in document order
 * @param text        ElementTree's {@code .text}: the decoded character data (CDATA included) before the
 *                    first child element, untrimmed; empty string when there is none
 * @param textSpan    raw span of that leading character data
 * @param closed      false when the element had no end tag (recovered)
 */
public record XmlElement(
        String name,
        Span nameSpan,
        Span span,
        Span startTagSpan,
        Span contentSpan,
        List<XmlAttribute> attributes,
        List<XmlElement> children,
        String text,
        Span textSpan,
        boolean closed) {

    /** The first attribute with this name, or {@code null}. */
    public XmlAttribute attribute(String attributeName) {
        for (XmlAttribute attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return attribute;
            }
        }
        return null;
    }

    /** The first direct child with this name, or {@code null}: ElementTree's {@code find}. */
    public XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name().equals(childName)) {
                return child;
            }
        }
        return null;
    }
}
