package dev.specls.syntax.xml;

import dev.specls.syntax.SyntaxProblem;
import java.util.List;

/**
 * The result of reading an XML block tolerantly.
 *
 * @param root                  the document element, or {@code null} when the block holds none
 * @param errors                well-formedness errors in document order; the first one is where a strict
 *                              parser (sago uses Python's expat) stops, so any error means the tool reads nothing
 * @param attributeDeclarations the DOCTYPE's {@code <!ATTLIST>} declarations that expat applies, first ones first
 * @param namespaceSyntax       true when a name holds a colon or an attribute starts with {@code xmlns}, the
 *                              only cases in which namespace processing changes anything
 */
public record XmlDocument(XmlElement root, List<SyntaxProblem> errors, List<AttributeDeclaration> attributeDeclarations,
                          boolean namespaceSyntax) {

    public XmlDocument(XmlElement root, List<SyntaxProblem> errors) {
        this(root, errors, List.of(), false);
    }

    public boolean wellFormed() {
        return errors.isEmpty();
    }
}
