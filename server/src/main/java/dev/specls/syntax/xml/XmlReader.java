package dev.specls.syntax.xml;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tolerant XML scanner for the block of a plan file. It reports what Python's expat (sago's XML
 * reader) rejects and still builds the best tree it can, so editors keep seeing tasks in a broken plan.
 * One linear pass with an explicit stack of open elements; never throws. Linear also on hostile input:
 * an end tag looks its name up in a count of the open elements' names before it walks the stack (and
 * every frame it walks past is closed), and each start tag checks for duplicate attributes in a set.
 */
public final class XmlReader {

    /** A binary or badly mangled file would otherwise produce an error per character. */
    private static final int MAX_ERRORS = 1000;

    /** Ends every error message: expat gives up at the first error, so nothing after it is read. */
    public static final String STOPS_HERE = " (sago's XML reader stops at this point)";

    private final String text;
    private final int blockStart;
    private final int end;
    private final List<SyntaxProblem> errors = new ArrayList<>();
    /** Frames of the open elements, reused by depth so a plan of any size needs only as many as it nests deep. */
    private final ArrayList<OpenElement> frames = new ArrayList<>();
    /**
     * How many open elements carry each name seen so far (0 once all are closed: a name is kept rather than
     * removed, as it usually opens again soon), so that an end tag closing nothing is known without a walk.
     */
    private final Map<String, Integer> openNames = new HashMap<>();
    private final Interner interner = new Interner();
    /** The elements and attributes whose text needed decoding; everything else is a verbatim copy of the file. */
    private final Set<Object> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
    private int depth;
    private int pos;
    private XmlElement root;
    private boolean rootStarted;
    /** What the XML declaration says; expat then reads declarations after a parameter-entity reference. */
    private boolean standalone;
    private boolean sawDoctype;
    private List<AttributeDeclaration> attributeDeclarations = List.of();
    private boolean namespaceSyntax;

    private XmlReader(String text, int start, int end) {
        this.text = text;
        this.blockStart = start;
        this.end = end;
        this.pos = start;
    }

    /** Reads {@code fileText[start, end)}; every span in the result is an offset into {@code fileText}. */
    public static XmlDocument read(String fileText, int start, int end) {
        return read(fileText, start, end, null);
    }

    /**
     * Like {@link #read(String, int, int)}, and adds to {@code decodedText} (when not null) every element
     * whose {@link XmlElement#text()} and every attribute whose {@link XmlAttribute#value()} is not a
     * verbatim copy of its raw span (references, CDATA, comments, line breaks to normalise). Whatever is
     * not in the set maps to the file one to one, so a caller can find raw spans without decoding again.
     */
    public static XmlDocument read(String fileText, int start, int end, Set<Object> decodedText) {
        int safeEnd = Math.max(0, Math.min(end, fileText.length()));
        int safeStart = Math.max(0, Math.min(start, safeEnd));
        XmlReader reader = new XmlReader(fileText, safeStart, safeEnd);
        reader.scan();
        if (decodedText != null) {
            decodedText.addAll(reader.decoded);
        }
        return new XmlDocument(reader.root, List.copyOf(reader.errors), reader.attributeDeclarations, reader.namespaceSyntax);
    }

    private void scan() {
        if (pos < end && text.charAt(pos) == '\uFEFF') {
            // expat takes a byte order mark that opens its input for one, and skips it.
            pos++;
        }
        while (pos < end) {
            if (text.charAt(pos) == '<') {
                scanMarkup();
            } else {
                scanCharacterData();
            }
        }
        closeUnclosedAtEnd();
    }

    // ---- character data -------------------------------------------------------------------

    private void scanCharacterData() {
        if (depth == 0) {
            scanTextOutsideRoot();
            return;
        }
        while (pos < end) {
            pos = plainTextEnd(pos);
            if (pos >= end) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '<') {
                return;
            } else if (c == '&') {
                top().textNeedsDecoding();
                pos = checkReference(pos);
            } else if (c == '\r') {
                top().textNeedsDecoding();
                pos++;
            } else if (c == ']') {
                pos = checkCdataEndInText(pos);
            } else {
                pos = checkedCharacterEnd(pos);
            }
        }
    }

    /**
     * The end of the run of plain text characters starting at {@code from}: most of a plan, read in a loop of
     * locals only, since this runs for nearly every character of the block.
     */
    private int plainTextEnd(int from) {
        String source = text;
        int limit = end;
        int i = from;
        while (i < limit && isPlainTextCharacter(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Most of a plan is letters and indentation: one test lets them through without further checks. */
    private static boolean isPlainCharacter(char c) {
        if (c > ']') {
            return c < 0xD800;
        }
        if (c >= 0x20) {
            return c != '<' && c != '&' && c != ']';
        }
        return c == '\n' || c == '\t' || c == '\r';
    }

    /** {@link #isPlainCharacter} without {@code \r}, which element text decodes to {@code \n}. */
    private static boolean isPlainTextCharacter(char c) {
        if (c > ']') {
            return c < 0xD800;
        }
        if (c >= 0x20) {
            return c != '<' && c != '&' && c != ']';
        }
        return c == '\n' || c == '\t';
    }

    private int checkCdataEndInText(int bracket) {
        if (XmlText.startsWithin(text, "]]>", bracket, end)) {
            report(new Span(bracket, bracket + 3), "`]]>` is not allowed in text; write `]]&gt;`" + STOPS_HERE);
            return bracket + 3;
        }
        return bracket + 1;
    }

    /** Outside the root only whitespace may appear; a run of anything else is reported once. */
    private void scanTextOutsideRoot() {
        int firstNonSpace = -1;
        int lastNonSpace = -1;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '<') {
                break;
            }
            int tokenStart = pos;
            if (c == '&') {
                pos = checkReference(pos);
            } else if (c == ']') {
                pos = checkCdataEndInText(pos);
            } else {
                pos = checkedCharacterEnd(pos);
            }
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                firstNonSpace = firstNonSpace < 0 ? tokenStart : firstNonSpace;
                lastNonSpace = pos;
            }
        }
        if (firstNonSpace >= 0) {
            reportOutsideRoot(new Span(firstNonSpace, lastNonSpace));
        }
    }

    private void reportOutsideRoot(Span span) {
        if (!rootStarted) {
            report(span, "Text before the root element; the XML block must start with `<phases>` (move this text out of the block)" + STOPS_HERE);
        } else {
            report(span, "Junk after the root element; everything must be inside the single root element (move this inside it or out of the block)" + STOPS_HERE);
        }
    }

    /** Checks the reference at {@code ampersand} and returns where scanning goes on. */
    private int checkReference(int ampersand) {
        int referenceEnd = XmlText.referenceEnd(text, ampersand, end);
        if (referenceEnd == XmlText.MALFORMED_CHARACTER_REFERENCE) {
            report(new Span(ampersand, ampersand + 2),
                    "`&#` starts a character reference but no `&#NN;` or `&#xHH;` follows; write `&amp;#` for a literal `&#`" + STOPS_HERE);
            return ampersand + 2;
        }
        if (referenceEnd == XmlText.FORBIDDEN_CHARACTER_REFERENCE) {
            int semicolon = text.indexOf(';', ampersand);
            report(new Span(ampersand, semicolon + 1), "This character reference names a character XML does not allow; remove it" + STOPS_HERE);
            return semicolon + 1;
        }
        return referenceEnd > ampersand ? referenceEnd : ampersand + 1;
    }

    /**
     * Where the character at {@code i} ends: one past it, two past a surrogate pair, or past a whole
     * run of characters XML forbids, which is reported once.
     */
    private int checkedCharacterEnd(int i) {
        char c = text.charAt(i);
        if (isPlainCharacter(c) || c == '<' || c == '&' || c == ']') {
            return i + 1;
        }
        if (!isForbiddenAt(i)) {
            return Character.isHighSurrogate(c) ? i + 2 : i + 1;
        }
        int badStart = i;
        int badEnd = i;
        while (badEnd < end && isForbiddenAt(badEnd)) {
            badEnd++;
        }
        report(new Span(badStart, badEnd), "Control or invalid character that XML does not allow; remove it" + STOPS_HERE);
        return badEnd;
    }

    private boolean isForbiddenAt(int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return true;
        }
        return !XmlText.isAllowedCodePoint(c);
    }

    // ---- markup ----------------------------------------------------------------------------

    private void scanMarkup() {
        int lessThan = pos;
        XmlScanner.Kind kind = XmlScanner.markupAt(text, pos, end);
        if (kind == XmlScanner.Kind.START_TAG) {
            // The common case first.
            scanStartTag();
            return;
        }
        if (kind == XmlScanner.Kind.END_TAG) {
            scanEndTag();
            return;
        }
        if (depth > 0) {
            // Comments, CDATA, processing instructions and a stray `<` stay in the text, which then needs decoding.
            top().textNeedsDecoding();
        }
        if (kind == XmlScanner.Kind.COMMENT) {
            scanComment();
        } else if (kind == XmlScanner.Kind.CDATA) {
            scanCdata();
        } else if (kind == XmlScanner.Kind.DOCTYPE && !rootStarted) {
            scanDoctype();
        } else if (kind == XmlScanner.Kind.PROCESSING_INSTRUCTION) {
            scanProcessingInstruction();
        } else {
            report(new Span(lessThan, lessThan + 1),
                    "`<` does not start a tag here; write `&lt;` for a literal less-than sign" + STOPS_HERE);
            pos = lessThan + 1;
        }
    }

    private void scanComment() {
        int i = pos + 4;
        while (i < end) {
            if (XmlText.startsWithin(text, "--", i, end)) {
                if (XmlText.startsWithin(text, "-->", i, end)) {
                    pos = i + 3;
                    return;
                }
                report(new Span(i, i + 2), "`--` is not allowed inside a comment; use a single `-`" + STOPS_HERE);
                i += 2;
            } else {
                i = checkedCharacterEnd(i);
            }
        }
        report(new Span(pos, pos + 4), "This comment is never closed; end it with `-->`" + STOPS_HERE);
        pos = end;
    }

    private void scanCdata() {
        int sectionStart = pos;
        if (depth == 0) {
            reportOutsideRoot(new Span(sectionStart, sectionStart + 9));
        }
        int i = sectionStart + 9;
        while (i < end) {
            if (XmlText.startsWithin(text, "]]>", i, end)) {
                pos = i + 3;
                return;
            }
            i = checkedCharacterEnd(i);
        }
        report(new Span(sectionStart, sectionStart + 9), "This CDATA section is never closed; end it with `]]>`" + STOPS_HERE);
        pos = end;
    }

    private void scanDoctype() {
        int declarationStart = pos;
        int declarationEnd = XmlScanner.declarationEnd(text, pos + 2, end);
        if (declarationEnd < 0) {
            report(new Span(declarationStart, declarationStart + 9), "This DOCTYPE is never closed; end it with `>`" + STOPS_HERE);
            pos = end;
            return;
        }
        if (sawDoctype) {
            report(new Span(declarationStart, declarationStart + 9), "A second DOCTYPE; keep only one" + STOPS_HERE);
        } else {
            attributeDeclarations = XmlDoctype.read(text, declarationStart, declarationEnd, standalone,
                    (span, message) -> report(span, message + STOPS_HERE));
        }
        sawDoctype = true;
        pos = declarationEnd;
    }

    private void scanProcessingInstruction() {
        int instructionStart = pos;
        int targetEnd = nameEnd(pos + 2);
        int close = XmlText.indexWithin(text, "?>", targetEnd, end);
        checkProcessingInstructionTarget(instructionStart, targetEnd, close);
        int i = targetEnd;
        while (i < end) {
            if (XmlText.startsWithin(text, "?>", i, end)) {
                pos = i + 2;
                return;
            }
            i = checkedCharacterEnd(i);
        }
        report(new Span(instructionStart, targetEnd), "This processing instruction is never closed; end it with `?>`" + STOPS_HERE);
        pos = end;
    }

    /**
     * expat reserves every spelling of the target {@code xml}: in lower case it is the XML declaration, which
     * may only open the block and must be well-formed; any other spelling is an invalid token. With namespace
     * processing a target may not hold a colon.
     */
    private void checkProcessingInstructionTarget(int instructionStart, int targetEnd, int close) {
        int targetStart = instructionStart + 2;
        Span target = new Span(targetStart, targetEnd);
        if (target.length() == 3 && text.regionMatches(true, targetStart, "xml", 0, 3)) {
            if (!text.startsWith("xml", targetStart)) {
                report(target, "`<?" + target.of(text) + "` is not allowed: expat reserves the name xml in every spelling; "
                        + "write `<?xml version=\"1.0\"?>` at the very start, or remove it" + STOPS_HERE);
            } else if (!atBlockStart(instructionStart)) {
                report(target, "The `<?xml …?>` declaration must be the very first thing in the block; move it up or remove it" + STOPS_HERE);
            } else if (close >= 0) {
                XmlDeclaration.Result declaration = XmlDeclaration.check(text, targetEnd, close);
                standalone = declaration.standalone();
                if (!declaration.wellFormed()) {
                    int bad = declaration.badOffset();
                    report(new Span(bad, Math.min(Math.max(bad + 1, targetEnd), close + 2)), "The `<?xml …?>` declaration is not well-formed here: "
                            + "write it as <?xml version=\"1.0\" encoding=\"UTF-8\"?> (version first, then encoding, then standalone=\"yes\" or \"no\")"
                            + STOPS_HERE);
                }
            }
            return;
        }
        if (target.of(text).indexOf(':') >= 0) {
            report(target, "A processing instruction's target may not contain `:` when namespaces are read, as sago's XML reader does; rename it"
                    + STOPS_HERE);
        }
    }

    /** expat skips a byte order mark that opens the text, and nothing else. */
    private boolean atBlockStart(int offset) {
        return offset == blockStart || (offset == blockStart + 1 && text.charAt(blockStart) == '\uFEFF');
    }

    private void scanEndTag() {
        int lessThan = pos;
        int nameStart = pos + 2;
        int nameEnd = nameEnd(nameStart);
        Span nameSpan = new Span(nameStart, nameEnd);
        int i = skipSpace(nameEnd);
        if (i < end && text.charAt(i) == '>') {
            pos = i + 1;
        } else {
            report(Span.at(i), "The end tag `</" + nameSpan.of(text) + "` is not finished; add `>`" + STOPS_HERE);
            pos = i;
        }
        int matching = openIndexOf(nameSpan);
        if (depth == 0) {
            reportOutsideRoot(new Span(lessThan, pos));
            return;
        }
        if (matching < 0) {
            report(nameSpan, "`</" + nameSpan.of(text) + ">` closes no open element; the innermost open element is `<"
                    + top().name + ">`. Remove this end tag or fix its name" + STOPS_HERE);
            top().markStructure(lessThan);
            return;
        }
        if (matching < depth - 1) {
            report(nameSpan, "`</" + nameSpan.of(text) + ">` does not match the open `<" + top().name
                    + ">`; close `<" + top().name + ">` first" + STOPS_HERE);
            while (depth - 1 > matching) {
                closeTop(lessThan, lessThan, false);
            }
        }
        closeTop(lessThan, pos, true);
    }

    /** The depth of the innermost open element of that name, or -1; walks the stack only when one exists. */
    private int openIndexOf(Span nameSpan) {
        if (depth > 0 && closesTop(nameSpan)) {
            // The usual case, an end tag closing the innermost element: no name to look up.
            return depth - 1;
        }
        Integer open = openNames.get(interner.get(text, nameSpan.start(), nameSpan.end()));
        if (open == null || open == 0) {
            return -1;
        }
        int length = nameSpan.length();
        for (int i = depth - 1; i >= 0; i--) {
            String name = frames.get(i).name;
            if (name.length() == length && text.startsWith(name, nameSpan.start())) {
                return i;
            }
        }
        return -1;
    }

    private boolean closesTop(Span nameSpan) {
        String name = top().name;
        return name.length() == nameSpan.length() && text.startsWith(name, nameSpan.start());
    }

    private void scanStartTag() {
        int lessThan = pos;
        int nameStart = pos + 1;
        int nameEnd = nameEnd(nameStart);
        boolean detached = false;
        if (depth == 0) {
            if (rootStarted) {
                reportOutsideRoot(new Span(lessThan, nameEnd));
                detached = true;
            }
            rootStarted = true;
        } else {
            top().markStructure(lessThan);
        }
        if (depth == frames.size()) {
            frames.add(new OpenElement());
        }
        OpenElement element = frames.get(depth);
        element.reset(interner.get(text, nameStart, nameEnd), new Span(nameStart, nameEnd), lessThan, detached);
        noteNamespaceSyntax(nameStart, nameEnd);
        pos = nameEnd;
        boolean selfClosing = scanAttributes(element);
        element.startTagEnd = pos;
        openNames.merge(element.name, 1, Integer::sum);
        depth++;
        if (selfClosing) {
            closeTop(pos, pos, true);
        }
    }

    /** A colon in a name, or an attribute starting with xmlns: only then do namespaces change what ElementTree reports. */
    private void noteNamespaceSyntax(int nameStart, int nameEnd) {
        if (namespaceSyntax) {
            return;
        }
        for (int i = nameStart; i < nameEnd; i++) {
            if (text.charAt(i) == ':') {
                namespaceSyntax = true;
                return;
            }
        }
        namespaceSyntax = XmlText.startsWithin(text, "xmlns", nameStart, nameEnd);
    }

    private OpenElement top() {
        return frames.get(depth - 1);
    }

    /** Reads attributes up to the end of the start tag; returns true for {@code />}. */
    private boolean scanAttributes(OpenElement element) {
        while (true) {
            int spaceStart = pos;
            pos = skipSpace(pos);
            if (pos >= end) {
                report(element.nameSpan, "The start tag `<" + element.name + "` is never finished; add `>`" + STOPS_HERE);
                return false;
            }
            char c = text.charAt(pos);
            if (c == '>') {
                pos++;
                return false;
            }
            if (c == '/' && pos + 1 < end && text.charAt(pos + 1) == '>') {
                pos += 2;
                return true;
            }
            if (c == '<') {
                report(new Span(element.start, pos),
                        "The start tag `<" + element.name + "` is not finished before the next `<`; add `>`" + STOPS_HERE);
                return false;
            }
            if (!XmlScanner.isNameStart(c)) {
                int junkStart = pos;
                while (pos < end && !XmlScanner.isNameStart(text.charAt(pos)) && !isAttributeBoundary(text.charAt(pos))) {
                    pos++;
                }
                report(new Span(junkStart, Math.max(pos, junkStart + 1)),
                        "Unexpected character in the start tag `<" + element.name + "`; write attributes as name=\"value\"" + STOPS_HERE);
                pos = Math.max(pos, junkStart + 1);
                continue;
            }
            if (spaceStart == pos) {
                report(new Span(pos, nameEnd(pos)), "Put a space before this attribute" + STOPS_HERE);
            }
            if (!scanAttribute(element)) {
                return false;
            }
        }
    }

    private boolean isAttributeBoundary(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/' || c == '<';
    }

    /** Reads one attribute; returns false when a {@code <} inside its value ended the start tag. */
    private boolean scanAttribute(OpenElement element) {
        int nameStart = pos;
        int nameEnd = nameEnd(nameStart);
        Span nameSpan = new Span(nameStart, nameEnd);
        String name = interner.get(text, nameStart, nameEnd);
        noteNamespaceSyntax(nameStart, nameEnd);
        if (!element.addAttributeName(name)) {
            report(nameSpan, "Duplicate attribute `" + name + "`; keep only one" + STOPS_HERE);
        }
        pos = skipSpace(nameEnd);
        if (pos >= end || text.charAt(pos) != '=') {
            report(nameSpan, "Attribute `" + name + "` has no value; write " + name + "=\"…\"" + STOPS_HERE);
            element.attributes.add(new XmlAttribute(name, nameSpan, "", Span.at(nameEnd)));
            return true;
        }
        pos = skipSpace(pos + 1);
        char quote = pos < end ? text.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            int valueStart = pos;
            while (pos < end && !isAttributeBoundary(text.charAt(pos))) {
                pos++;
            }
            report(new Span(valueStart, Math.max(pos, valueStart)),
                    "The value of `" + name + "` must be in quotes; write " + name + "=\"" + text.substring(valueStart, pos) + "\"" + STOPS_HERE);
            element.attributes.add(new XmlAttribute(name, nameSpan, text.substring(valueStart, pos), new Span(valueStart, pos)));
            return true;
        }
        int valueStart = pos + 1;
        int i = valueStart;
        boolean verbatim = true;
        while (i < end) {
            char c = text.charAt(i);
            if (c == quote || c == '<') {
                break;
            }
            if (c == '&') {
                verbatim = false;
                i = checkReference(i);
            } else {
                verbatim &= c != '\r' && c != '\n' && c != '\t';
                i = checkedCharacterEnd(i);
            }
        }
        int valueEnd = i;
        boolean closedByQuote = i < end && text.charAt(i) == quote;
        if (closedByQuote) {
            pos = i + 1;
        } else if (i < end) {
            report(new Span(i, i + 1), "`<` inside the value of `" + name + "`: the closing " + quoteName(quote)
                    + " is probably missing; add it, and write `&lt;` for a literal `<`" + STOPS_HERE);
            pos = i;
        } else {
            report(new Span(valueStart - 1, valueStart), "The value of `" + name + "` has no closing " + quoteName(quote) + "; add it" + STOPS_HERE);
            pos = i;
        }
        assert verbatim == XmlText.isVerbatim(text, valueStart, valueEnd, XmlText.Kind.ATTRIBUTE_VALUE);
        String value = verbatim
                ? text.substring(valueStart, valueEnd)
                : XmlText.decode(text, valueStart, valueEnd, XmlText.Kind.ATTRIBUTE_VALUE).text();
        XmlAttribute attribute = new XmlAttribute(name, nameSpan, value, new Span(valueStart, valueEnd));
        if (!verbatim) {
            decoded.add(attribute);
        }
        element.attributes.add(attribute);
        return closedByQuote || i >= end;
    }

    private static String quoteName(char quote) {
        return quote == '"' ? "`\"`" : "`'`";
    }

    // ---- tree building ---------------------------------------------------------------------

    /** Pops the innermost open element, ending its content at {@code contentEnd} and its span at {@code elementEnd}. */
    private void closeTop(int contentEnd, int elementEnd, boolean closed) {
        depth--;
        OpenElement element = frames.get(depth);
        openNames.computeIfPresent(element.name, (name, count) -> count - 1);
        XmlElement built = element.build(text, contentEnd, elementEnd, closed);
        if (element.decodes) {
            decoded.add(built);
        }
        if (depth > 0) {
            top().children.add(built);
        } else if (!element.detached) {
            root = built;
        }
    }

    private void closeUnclosedAtEnd() {
        for (int i = 0; i < depth; i++) {
            OpenElement element = frames.get(i);
            report(element.nameSpan, "`<" + element.name + ">` is never closed; add `</" + element.name + ">`" + STOPS_HERE);
        }
        while (depth > 0) {
            closeTop(end, end, false);
        }
        if (!rootStarted) {
            report(Span.at(end), "The XML block holds no element; it needs a `<phases>` root element" + STOPS_HERE);
        }
    }

    // ---- lexical helpers -------------------------------------------------------------------

    private int skipSpace(int from) {
        return XmlScanner.skipSpace(text, from, end);
    }

    private int nameEnd(int from) {
        return XmlScanner.nameEnd(text, from, end);
    }

    private void report(Span span, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new SyntaxProblem(span, message));
        } else if (errors.size() == MAX_ERRORS) {
            errors.add(new SyntaxProblem(span, "Too many XML errors; further ones are not listed"));
        }
    }

    /** An element whose end tag has not been seen yet; one frame per depth, reset for each element. */
    private static final class OpenElement {
        /** Up to this many attributes a scan of the list beats hashing. */
        private static final int FEW_ATTRIBUTES = 8;
        final List<XmlAttribute> attributes = new ArrayList<>();
        final List<XmlElement> children = new ArrayList<>();
        /** The attribute names so far, once a tag has more than a few; a fresh set per tag, so one huge tag costs no later one. */
        Set<String> attributeNames;
        String name;
        Span nameSpan;
        int start;
        int startTagEnd;
        /** Where the first child element (or other non-text markup) begins: ElementTree's text stops there. */
        int firstStructure;
        /** A second root: read for errors, never attached to the tree. */
        boolean detached;
        /** The text holds a reference, a {@code \r} or markup, so it is decoded rather than copied. */
        boolean decodes;

        void reset(String elementName, Span elementNameSpan, int elementStart, boolean isDetached) {
            attributes.clear();
            attributeNames = null;
            children.clear();
            name = elementName;
            nameSpan = elementNameSpan;
            start = elementStart;
            startTagEnd = elementStart;
            firstStructure = -1;
            detached = isDetached;
            decodes = false;
        }

        /** Called for a reference, a {@code \r} or markup met in this element's content; only its text counts. */
        void textNeedsDecoding() {
            if (firstStructure < 0) {
                decodes = true;
            }
        }

        void markStructure(int offset) {
            if (firstStructure < 0) {
                firstStructure = offset;
            }
        }

        /** Records the name of the next attribute; false when the tag already has one of that name. */
        boolean addAttributeName(String attributeName) {
            if (attributeNames != null) {
                return attributeNames.add(attributeName);
            }
            for (XmlAttribute attribute : attributes) {
                if (attribute.name().equals(attributeName)) {
                    return false;
                }
            }
            if (attributes.size() >= FEW_ATTRIBUTES) {
                attributeNames = new HashSet<>();
                attributes.forEach(attribute -> attributeNames.add(attribute.name()));
                attributeNames.add(attributeName);
            }
            return true;
        }

        XmlElement build(String text, int contentEnd, int elementEnd, boolean closed) {
            int contentStart = Math.min(startTagEnd, contentEnd);
            int textEnd = firstStructure < 0 ? contentEnd : Math.min(firstStructure, contentEnd);
            assert decodes == !XmlText.isVerbatim(text, contentStart, textEnd, XmlText.Kind.ELEMENT_CONTENT);
            return new XmlElement(text, name, nameSpan.start(), start, Math.max(start, elementEnd), Math.max(start, startTagEnd),
                    contentStart, contentEnd, textEnd, decodes, copy(attributes), copy(children), closed);
        }

        /** {@code List.copyOf}, without the empty array it makes for an empty list (most elements have no attributes or children). */
        private static <T> List<T> copy(List<T> list) {
            return list.isEmpty() ? List.of() : List.copyOf(list);
        }
    }

    /**
     * Shares short strings within one read: tag names, attribute names and indentation repeat for
     * every task, and a plan can hold tens of thousands of tasks.
     */
    private static final class Interner {
        private static final int MAX_LENGTH = 16;
        private final String[] slots = new String[4096];

        String get(String text, int start, int end) {
            int length = end - start;
            if (length > MAX_LENGTH) {
                return text.substring(start, end);
            }
            int hash = length;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int slot = (hash ^ (hash >>> 12)) & (slots.length - 1);
            String cached = slots[slot];
            if (cached != null && cached.length() == length && text.regionMatches(start, cached, 0, length)) {
                return cached;
            }
            String fresh = text.substring(start, end);
            slots[slot] = fresh;
            return fresh;
        }
    }
}
