package dev.specls.syntax.xml;

import dev.specls.text.Span;
import java.util.List;

/**
 * One element of the tolerant XML tree, with file offsets. A plan holds a million of these at
 * 50,000 tasks, so an element keeps its offsets as plain ints and makes each {@link Span} and its
 * text only when asked (the text is kept once made).
 */
public final class XmlElement {

    private final String source;
    private final String name;
    private final int nameStart;
    private final int start;
    private final int end;
    private final int startTagEnd;
    private final int contentStart;
    private final int contentEnd;
    private final int textEnd;
    private final List<XmlAttribute> attributes;
    private final List<XmlElement> children;
    private final boolean closed;
    private final boolean textDecodes;
    private String text;

    /**
     * @param source       the file's text, which the offsets index
     * @param name         the tag name as written, at {@code nameStart}
     * @param start        the {@code <} of the start tag
     * @param end          just past the {@code >} of the end tag (or as far as the element reached when it was never closed)
     * @param startTagEnd  just past the start tag, {@code <name ...>} or {@code <name/>}
     * @param contentStart where the content begins (the start tag's end)
     * @param contentEnd   where the end tag begins (the content start when self-closing)
     * @param textEnd      where ElementTree's {@code .text} ends: the first child element or other markup
     * @param textDecodes  whether that text holds a reference or a {@code \r}, so that it must be decoded, not copied
     * @param attributes   in document order, duplicates kept
     * @param children     child elements in document order
     * @param closed       false when the element had no end tag (recovered)
     */
    XmlElement(String source, String name, int nameStart, int start, int end, int startTagEnd, int contentStart, int contentEnd,
            int textEnd, boolean textDecodes, List<XmlAttribute> attributes, List<XmlElement> children, boolean closed) {
        this.source = source;
        this.name = name;
        this.nameStart = nameStart;
        this.start = start;
        this.end = end;
        this.startTagEnd = startTagEnd;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.textEnd = textEnd;
        this.textDecodes = textDecodes;
        this.attributes = attributes;
        this.children = children;
        this.closed = closed;
    }

    /** The tag name as written. */
    public String name() {
        return name;
    }

    /** The name inside the start tag. */
    public Span nameSpan() {
        return new Span(nameStart, nameStart + name.length());
    }

    /** From {@code <} of the start tag to {@code >} of the end tag, or as far as the element reached when it was never closed. */
    public Span span() {
        return new Span(start, end);
    }

    /** The start tag, {@code <name ...>} or {@code <name/>}. */
    public Span startTagSpan() {
        return new Span(start, startTagEnd);
    }

    /** Between the start tag and the end tag (empty at the start tag's end when self-closing). */
    public Span contentSpan() {
        return new Span(contentStart, contentEnd);
    }

    /** In document order, duplicates kept. */
    public List<XmlAttribute> attributes() {
        return attributes;
    }

    /** Child elements in document order. */
    public List<XmlElement> children() {
        return children;
    }

    /**
     * ElementTree's {@code .text}: the decoded character data (CDATA included) before the first child
     * element, untrimmed; empty string when there is none.
     */
    public String text() {
        String made = text;
        if (made == null) {
            made = textDecodes ? XmlText.decode(source, contentStart, textEnd, XmlText.Kind.ELEMENT_CONTENT).text()
                    : source.substring(contentStart, textEnd);
            text = made;
        }
        return made;
    }

    /** The raw span of that leading character data. */
    public Span textSpan() {
        return new Span(contentStart, textEnd);
    }

    /** Whether the text is a verbatim copy of {@link #textSpan()}: no reference, no {@code \r}. */
    public boolean textIsVerbatim() {
        return !textDecodes;
    }

    /** False when the element had no end tag (recovered). */
    public boolean closed() {
        return closed;
    }

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

    @Override
    public String toString() {
        return "<" + name + "> " + start + ".." + end;
    }
}
