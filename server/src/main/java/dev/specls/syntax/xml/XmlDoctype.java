package dev.specls.syntax.xml;

import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code <!DOCTYPE …>} declaration read as expat reads it: the external id, and the internal subset's
 * element, attribute-list, entity and notation declarations, comments, processing instructions and
 * parameter-entity references. The first mistake is reported (expat stops there). The attribute-list
 * declarations are collected because expat applies their defaults to every element of that name; after
 * a parameter-entity reference in a document that is not standalone, expat reads no further declarations.
 */
final class XmlDoctype {

    /** Receives the one error of a broken declaration. */
    interface Errors {
        void report(Span span, String message);
    }

    private static final String DOCTYPE = "<!DOCTYPE";
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS");

    private final String text;
    private final int limit;
    private final boolean standalone;
    private final Errors errors;
    private final List<AttributeDeclaration> declarations = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private boolean readsDeclarations = true;
    private int pos;
    private boolean failed;

    private XmlDoctype(String text, int start, int limit, boolean standalone, Errors errors) {
        this.text = text;
        this.pos = start;
        this.limit = limit;
        this.standalone = standalone;
        this.errors = errors;
    }

    /**
     * Reads the declaration starting with {@code <!DOCTYPE} at {@code start}; returns the attribute
     * declarations expat applies, after reporting the first error, if any, to {@code errors}.
     */
    static List<AttributeDeclaration> read(String text, int start, int limit, boolean standalone, Errors errors) {
        XmlDoctype doctype = new XmlDoctype(text, start + DOCTYPE.length(), limit, standalone, errors);
        doctype.doctype();
        return List.copyOf(doctype.declarations);
    }

    private void doctype() {
        if (!space("the root element's name after <!DOCTYPE") || name("the root element's name") < 0) {
            return;
        }
        boolean spaced = skipSpace();
        if (spaced && (at("SYSTEM") || at("PUBLIC"))) {
            if (!externalId(true)) {
                return;
            }
            skipSpace();
        }
        if (at("[")) {
            pos++;
            if (!internalSubset()) {
                return;
            }
            skipSpace();
        }
        expect('>', "`>` to end the DOCTYPE");
    }

    private boolean internalSubset() {
        while (!failed) {
            skipSpace();
            if (pos >= limit) {
                return fail(pos, "`]` to end the internal subset");
            }
            if (at("]")) {
                pos++;
                return true;
            }
            if (at("<!--")) {
                comment();
            } else if (at("<?")) {
                processingInstruction();
            } else if (at("%")) {
                parameterEntityReference();
            } else if (declaration("<!ELEMENT")) {
                elementDeclaration();
            } else if (declaration("<!ATTLIST")) {
                attributeListDeclaration();
            } else if (declaration("<!ENTITY")) {
                entityDeclaration();
            } else if (declaration("<!NOTATION")) {
                notationDeclaration();
            } else {
                return fail(pos, "a declaration (<!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION), a comment or `]`");
            }
        }
        return false;
    }

    private boolean declaration(String keyword) {
        if (!at(keyword)) {
            return false;
        }
        int after = pos + keyword.length();
        if (after < limit && (isSpace(text.charAt(after)) || text.charAt(after) == '%')) {
            pos = after;
            return true;
        }
        return false;
    }

    private void comment() {
        int close = text.indexOf("--", pos + 4);
        if (close < 0 || close + 2 >= limit) {
            fail(pos, "`-->` to end the comment");
        } else if (text.charAt(close + 2) != '>') {
            fail(close, "no `--` inside a comment");
        } else {
            pos = close + 3;
        }
    }

    private void processingInstruction() {
        int targetStart = pos + 2;
        pos = targetStart;
        if (name("a processing instruction's target") < 0) {
            return;
        }
        if (pos - targetStart == 3 && text.regionMatches(true, targetStart, "xml", 0, 3)) {
            fail(targetStart, "no `<?xml` inside the DOCTYPE");
            return;
        }
        int close = text.indexOf("?>", pos);
        if (close < 0 || close + 2 > limit) {
            fail(targetStart - 2, "`?>` to end the processing instruction");
        } else {
            pos = close + 2;
        }
    }

    private void parameterEntityReference() {
        pos++;
        if (name("a parameter entity's name after `%`") < 0) {
            return;
        }
        if (!at(";")) {
            fail(pos, "`;` to end the parameter entity reference");
            return;
        }
        pos++;
        if (!standalone) {
            // expat does not read the entity, and then, as XML requires, no later declaration either.
            readsDeclarations = false;
        }
    }

    private void elementDeclaration() {
        if (!space("the element's name") || name("the element's name") < 0 || !space("EMPTY, ANY or a content model")) {
            return;
        }
        if (at("EMPTY") || at("ANY")) {
            keyword();
        } else if (at("(")) {
            if (!contentModel()) {
                return;
            }
        } else {
            fail(pos, "EMPTY, ANY or a content model in parentheses");
            return;
        }
        skipSpace();
        expect('>', "`>` to end <!ELEMENT");
    }

    /** {@code (#PCDATA…)} or a group of names, at an opening parenthesis. */
    private boolean contentModel() {
        pos++;
        skipSpace();
        if (at("#PCDATA")) {
            pos += "#PCDATA".length();
            return mixedContent();
        }
        return group();
    }

    private boolean mixedContent() {
        skipSpace();
        if (at(")")) {
            pos++;
            if (at("*")) {
                pos++;
            }
            return true;
        }
        while (at("|")) {
            pos++;
            skipSpace();
            if (name("an element name") < 0) {
                return false;
            }
            skipSpace();
        }
        if (!at(")*")) {
            return fail(pos, "`)*` to end a content model that lists #PCDATA with element names");
        }
        pos += 2;
        return true;
    }

    /** A choice or sequence whose {@code (} is already read. */
    private boolean group() {
        char separator = 0;
        while (true) {
            skipSpace();
            if (!contentParticle()) {
                return false;
            }
            skipSpace();
            if (at(")")) {
                pos++;
                occurrence();
                return true;
            }
            char next = pos < limit ? text.charAt(pos) : 0;
            if ((next != ',' && next != '|') || (separator != 0 && next != separator)) {
                return fail(pos, separator == 0 ? "`,`, `|` or `)` in the content model" : "`" + separator + "` or `)`: a group cannot mix `,` and `|`");
            }
            separator = next;
            pos++;
        }
    }

    private boolean contentParticle() {
        if (at("(")) {
            pos++;
            return group();
        }
        if (name("an element name or `(`") < 0) {
            return false;
        }
        occurrence();
        return true;
    }

    private void occurrence() {
        if (at("?") || at("*") || at("+")) {
            pos++;
        }
    }

    private void attributeListDeclaration() {
        if (!space("the element's name")) {
            return;
        }
        int elementStart = pos;
        if (name("the element's name") < 0) {
            return;
        }
        String element = text.substring(elementStart, pos);
        while (!failed) {
            boolean spaced = skipSpace();
            if (at(">")) {
                pos++;
                return;
            }
            if (!spaced) {
                fail(pos, "white space or `>`");
                return;
            }
            int nameStart = pos;
            if (name("an attribute name") < 0) {
                return;
            }
            Span nameSpan = new Span(nameStart, pos);
            if (!space("the attribute's type")) {
                return;
            }
            Boolean cdata = attributeType();
            if (cdata == null || !space("#REQUIRED, #IMPLIED, #FIXED or a default value")) {
                return;
            }
            defaultDeclaration(element, nameSpan, cdata);
        }
    }

    /** True for CDATA, false for another type, {@code null} after an error. */
    private Boolean attributeType() {
        if (at("(")) {
            return enumeration() ? Boolean.FALSE : null;
        }
        int start = pos;
        if (name("an attribute type (CDATA, ID, NMTOKEN, …)") < 0) {
            return null;
        }
        String type = text.substring(start, pos);
        if (type.equals("NOTATION")) {
            return space("`(` after NOTATION") && expectHere('(') && enumeration() ? Boolean.FALSE : null;
        }
        if (!ATTRIBUTE_TYPES.contains(type)) {
            fail(start, "an attribute type: CDATA, ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS, NOTATION or (a|b)");
            return null;
        }
        return type.equals("CDATA");
    }

    /** {@code (a|b)} at its opening parenthesis; the closing one may not touch what follows. */
    private boolean enumeration() {
        pos++;
        while (true) {
            skipSpace();
            if (nameToken() < 0) {
                return false;
            }
            skipSpace();
            if (at(")")) {
                pos++;
                return true;
            }
            if (!at("|")) {
                return fail(pos, "`|` or `)` in the list of values");
            }
            pos++;
        }
    }

    private void defaultDeclaration(String element, Span nameSpan, boolean cdata) {
        if (at("#REQUIRED") || at("#IMPLIED")) {
            pos += at("#REQUIRED") ? "#REQUIRED".length() : "#IMPLIED".length();
            declare(element, nameSpan, cdata, null, null);
            return;
        }
        if (at("#FIXED")) {
            pos += "#FIXED".length();
            if (!space("the fixed value")) {
                return;
            }
        }
        int open = pos;
        if (!literal("a default value in quotes")) {
            return;
        }
        Span raw = new Span(open + 1, pos - 1);
        // expat checks a value only when it reads the declaration.
        if (readsDeclarations && !checkAttributeValue(raw)) {
            return;
        }
        String value = XmlText.decode(text, raw.start(), raw.end(), XmlText.Kind.ATTRIBUTE_VALUE).text();
        declare(element, nameSpan, cdata, cdata ? value : collapseSpaces(value), raw);
    }

    private void declare(String element, Span nameSpan, boolean cdata, String value, Span raw) {
        String attribute = nameSpan.of(text);
        if (readsDeclarations && declared.add(element + ' ' + attribute)) {
            declarations.add(new AttributeDeclaration(element, attribute, nameSpan, cdata, value, raw));
        }
    }

    /** An attribute value may hold neither {@code <} nor a broken character reference. */
    private boolean checkAttributeValue(Span raw) {
        return checkLiteral(raw, '<', "no `<` in a default value; write `&lt;`");
    }

    /** Character references in a literal must be well-formed, and {@code forbidden} may not stand in it. */
    private boolean checkLiteral(Span raw, char forbidden, String instead) {
        for (int i = raw.start(); i < raw.end(); i++) {
            char c = text.charAt(i);
            if (c == forbidden) {
                return fail(i, instead);
            }
            if (c == '&' && XmlText.referenceEnd(text, i, raw.end()) < XmlText.LITERAL_AMPERSAND) {
                return fail(i, "a well-formed character reference such as `&#65;`");
            }
        }
        return true;
    }

    private void entityDeclaration() {
        if (!space("the entity's name")) {
            return;
        }
        boolean parameter = false;
        if (at("%")) {
            parameter = true;
            pos++;
            if (!space("the parameter entity's name")) {
                return;
            }
        }
        if (name("the entity's name") < 0 || !space("the entity's value or SYSTEM/PUBLIC")) {
            return;
        }
        if (at("\"") || at("'")) {
            int open = pos;
            if (!literal("the entity's value") || (readsDeclarations && !checkEntityValue(new Span(open + 1, pos - 1)))) {
                return;
            }
        } else {
            if (!externalId(true)) {
                return;
            }
            boolean spaced = skipSpace();
            if (spaced && at("NDATA")) {
                if (parameter) {
                    fail(pos, "`>`: a parameter entity has no NDATA");
                    return;
                }
                keyword();
                if (!space("the notation's name") || name("the notation's name") < 0) {
                    return;
                }
            }
        }
        skipSpace();
        expect('>', "`>` to end <!ENTITY");
    }

    /** An entity value of the internal subset may hold no parameter-entity reference. */
    private boolean checkEntityValue(Span raw) {
        return checkLiteral(raw, '%', "no parameter entity reference inside an entity value in the internal subset");
    }

    private void notationDeclaration() {
        if (!space("the notation's name") || name("the notation's name") < 0 || !space("SYSTEM or PUBLIC")) {
            return;
        }
        if (!externalId(false)) {
            return;
        }
        skipSpace();
        expect('>', "`>` to end <!NOTATION");
    }

    /** {@code SYSTEM "uri"} or {@code PUBLIC "id" "uri"}; a notation may leave out the uri after PUBLIC. */
    private boolean externalId(boolean systemLiteralRequired) {
        if (at("SYSTEM")) {
            keyword();
            return space("the system id in quotes") && literal("the system id in quotes");
        }
        if (!at("PUBLIC")) {
            return fail(pos, "SYSTEM or PUBLIC");
        }
        keyword();
        if (!space("the public id in quotes")) {
            return false;
        }
        int open = pos;
        if (!literal("the public id in quotes") || !checkPublicId(new Span(open + 1, pos - 1))) {
            return false;
        }
        if (!systemLiteralRequired) {
            int before = pos;
            if (skipSpace() && (at("\"") || at("'"))) {
                return literal("the system id in quotes");
            }
            pos = before;
            return true;
        }
        return space("the system id in quotes") && literal("the system id in quotes");
    }

    private boolean checkPublicId(Span raw) {
        for (int i = raw.start(); i < raw.end(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || " \r\n-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
            if (!allowed || (c == '\'' && text.charAt(raw.start() - 1) == '\'')) {
                return fail(i, "only letters, digits and -'()+,./:=?;!*#@$_% in a public id");
            }
        }
        return true;
    }

    // ---- tokens ----------------------------------------------------------------------------------

    private boolean at(String token) {
        return pos + token.length() <= limit && text.startsWith(token, pos);
    }

    private void keyword() {
        while (pos < limit && XmlScanner.isNameChar(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean skipSpace() {
        int start = pos;
        while (pos < limit && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private boolean space(String expected) {
        return skipSpace() || fail(pos, "white space before " + expected);
    }

    private boolean expect(char c, String expected) {
        if (pos < limit && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return fail(pos, expected);
    }

    private boolean expectHere(char c) {
        return pos < limit && text.charAt(pos) == c || fail(pos, "`" + c + "`");
    }

    /** A name; what follows it must be a delimiter, as in expat's tokenizer. Returns its start, or -1. */
    private int name(String expected) {
        int start = pos;
        if (pos >= limit || !XmlScanner.isNameStart(text.charAt(pos))) {
            fail(pos, expected);
            return -1;
        }
        keyword();
        return delimited(start) ? start : -1;
    }

    private int nameToken() {
        int start = pos;
        keyword();
        if (pos == start) {
            fail(pos, "a value made of name characters");
            return -1;
        }
        return delimited(start) ? start : -1;
    }

    private boolean delimited(int start) {
        if (pos >= limit) {
            return fail(start, "the rest of the DOCTYPE");
        }
        char next = text.charAt(pos);
        return isSpace(next) || ">)|,[%?*+;".indexOf(next) >= 0 || fail(pos, "white space after `" + text.substring(start, pos) + "`");
    }

    /** A quoted literal; what follows it must be white space, {@code >}, {@code %} or {@code [}. */
    private boolean literal(String expected) {
        char quote = pos < limit ? text.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            return fail(pos, expected);
        }
        int close = text.indexOf(quote, pos + 1);
        if (close < 0 || close >= limit) {
            return fail(pos, "the closing " + quote + " of this literal");
        }
        pos = close + 1;
        char next = pos < limit ? text.charAt(pos) : 0;
        return isSpace(next) || next == '>' || next == '%' || next == '[' || fail(pos, "white space after the quoted literal");
    }

    private boolean fail(int at, String expected) {
        if (!failed) {
            failed = true;
            int offset = Math.min(at, limit);
            errors.report(new Span(offset, Math.min(offset + 1, limit)), "The DOCTYPE is not well-formed here: expected " + expected);
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** expat's normalisation of a value whose type is not CDATA: no leading or trailing spaces, single spaces between. */
    static String collapseSpaces(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
