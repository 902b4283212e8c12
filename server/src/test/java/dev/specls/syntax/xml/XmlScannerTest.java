package dev.specls.syntax.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlScannerTest {

    private static List<String> tokens(String text, int from) {
        List<String> tokens = new ArrayList<>();
        XmlScanner scanner = new XmlScanner(text, from, text.length());
        while (scanner.next()) {
            tokens.add(scanner.kind() + (scanner.closed() ? "" : "(open)") + " " + text.substring(scanner.start(), scanner.end()));
        }
        return tokens;
    }

    @Test
    void splitsEveryConstructAsExpatDelimitsIt() {
        String text = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \">\">]><p a='x>y'>t &amp; u<!-- c --><![CDATA[<d>]]></p >< x";
        assertEquals(List.of(
                "PROCESSING_INSTRUCTION <?xml version=\"1.0\"?>",
                "DOCTYPE <!DOCTYPE p [<!ENTITY a \">\">]>",
                "START_TAG <p a='x>y'>",
                "TEXT t &amp; u",
                "COMMENT <!-- c -->",
                "CDATA <![CDATA[<d>]]>",
                "END_TAG </p >",
                "STRAY_LESS_THAN(open) < x"), tokens(text, 0));
    }

    @Test
    void constructsThatNeverEndRunToTheLimitAndTagsStopBeforeTheNextLessThan() {
        assertEquals(List.of("COMMENT(open) <!-- never"), tokens("<!-- never", 0));
        assertEquals(List.of("START_TAG(open) <task id=\"1", "START_TAG <name>"), tokens("<task id=\"1<name>", 0));
        assertEquals(List.of("START_TAG <b>", "TEXT x"), tokens("<a><b>x", 3));
    }

    @Test
    void findsTheTokenAtAnOffset() {
        String text = "<task id=\"1\"><!-- c --> text</task>";
        XmlScanner inTag = XmlScanner.tokenAt(text, 0, text.length(), 5);
        assertEquals(XmlScanner.Kind.START_TAG, inTag.kind());
        assertEquals(0, inTag.start());
        assertEquals(XmlScanner.Kind.COMMENT, XmlScanner.tokenAt(text, 0, text.length(), 16).kind());
        assertEquals(XmlScanner.Kind.TEXT, XmlScanner.tokenAt(text, 13, text.length(), 25).kind());
        assertNull(XmlScanner.tokenAt(text, 0, text.length(), 13), "between two tokens");
        XmlScanner open = XmlScanner.tokenAt("<task id=", 0, 9, 9);
        assertEquals(XmlScanner.Kind.START_TAG, open.kind());
        assertFalse(open.closed());
    }

    @Test
    void readsTheAttributesOfAHalfTypedTag() {
        String text = "<task id=\"1.1\" depends_on='1.0, 0.9' flag=x done";
        List<XmlScanner.Attribute> attributes = XmlScanner.attributes(text, 5, text.length());
        assertEquals(List.of("id", "depends_on", "flag", "done"), attributes.stream().map(XmlScanner.Attribute::name).toList());
        assertEquals("1.0, 0.9", text.substring(attributes.get(1).valueStart(), attributes.get(1).valueEnd()));
        assertEquals("x", text.substring(attributes.get(2).valueStart(), attributes.get(2).valueEnd()));
        assertFalse(attributes.get(2).quoted());
        assertFalse(attributes.get(3).hasValue());
    }
}
