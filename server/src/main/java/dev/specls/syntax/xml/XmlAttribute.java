package dev.specls.syntax.xml;

import dev.specls.text.Span;

/**
 * One attribute as written. {@code value} is decoded (entities and character references resolved
 * after sago's bare-{@code &} sanitising); {@code valueSpan} covers the raw text between the quotes.
 */
public record XmlAttribute(String name, Span nameSpan, String value, Span valueSpan) {
}
