package dev.specls.syntax.xml;

import dev.specls.text.Span;

/**
 * One attribute of an {@code <!ATTLIST>} declaration in the DOCTYPE's internal subset, as expat applies
 * it: the first declaration of an attribute of an element wins, later ones are ignored.
 *
 * @param element      the element's name as written (with its prefix, as expat matches it)
 * @param attribute    the attribute's name as written
 * @param nameSpan     the attribute's name in the declaration
 * @param cdata        true for type CDATA; any other type makes expat trim the value and collapse its spaces
 * @param defaultValue the decoded default (after {@code #FIXED} or alone), or {@code null} for
 *                     {@code #REQUIRED} and {@code #IMPLIED}
 * @param defaultSpan  the raw default between its quotes, or {@code null}
 */
public record AttributeDeclaration(String element, String attribute, Span nameSpan, boolean cdata, String defaultValue, Span defaultSpan) {
}
