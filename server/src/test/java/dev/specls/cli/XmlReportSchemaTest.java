package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit and checkstyle reports of every check fixture validate against the schemas their readers
 * use (Jenkins' {@code junit-10.xsd}; checkstyle's logger format), and say what the report says.
 */
class XmlReportSchemaTest {

    private static final Schema JUNIT = schema("xml-schemas/junit-10.xsd");
    private static final Schema CHECKSTYLE = schema("xml-schemas/checkstyle.xsd");

    static Stream<Path> cases() {
        return Fixtures.cases("check").stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void junitOfEveryCaseIsValidAndCountsWhatFailsTheRun(Path caseFolder) throws Exception {
        CheckReport report = Fixtures.checkReport(caseFolder);
        String xml = CheckFormat.JUNIT.render(report, Fixtures.TOOL_VERSION);
        validate(JUNIT, xml);

        Element root = parse(xml).getDocumentElement();
        long failing = report.findings().stream().filter(report::fails).count();
        assertEquals(String.valueOf(failing), root.getAttribute("failures"));
        assertEquals(failing, root.getElementsByTagName("failure").getLength());
        int cases = 0;
        for (Element suite : children(root, "testsuite")) {
            List<Element> suiteCases = children(suite, "testcase");
            assertEquals(String.valueOf(suiteCases.size()), suite.getAttribute("tests"), suite.getAttribute("name"));
            assertEquals(String.valueOf(suite.getElementsByTagName("failure").getLength()), suite.getAttribute("failures"));
            cases += suiteCases.size();
        }
        assertEquals(String.valueOf(cases), root.getAttribute("tests"));
        List<String> suites = children(root, "testsuite").stream().map(suite -> suite.getAttribute("name")).toList();
        assertEquals(report.files().stream().distinct().sorted().toList(),
                suites.stream().filter(report.files()::contains).toList(), "every checked file is a suite, clean ones too");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void checkstyleOfEveryCaseIsValidAndKeepsEveryFinding(Path caseFolder) throws Exception {
        CheckReport report = Fixtures.checkReport(caseFolder);
        String xml = CheckFormat.CHECKSTYLE.render(report, Fixtures.TOOL_VERSION);
        validate(CHECKSTYLE, xml);

        List<String> read = new ArrayList<>();
        for (Element file : children(parse(xml).getDocumentElement(), "file")) {
            for (Element error : children(file, "error")) {
                read.add(file.getAttribute("name") + ":" + error.getAttribute("line") + ":" + error.getAttribute("column")
                        + " " + error.getAttribute("severity") + " " + error.getAttribute("source") + " " + error.getAttribute("message"));
            }
        }
        List<String> expected = report.findings().stream().map(finding -> {
            String severity = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFORMATION, HINT -> "info";
            };
            return finding.location().file() + ":" + (finding.location().start().line() + 1) + ":"
                    + (finding.location().start().character() + 1) + " " + severity + " " + finding.code() + " "
                    + XmlOutput.clean(finding.messageWithRelated());
        }).sorted().toList();
        assertEquals(expected, read.stream().sorted().toList(), "line breaks in messages survive as &#xa;");
    }

    @Test
    void theSchemasRejectBrokenReports() {
        assertThrows(SAXException.class, () -> validate(JUNIT,
                "<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\"><testcase name=\"x\"/></testsuite></testsuites>"),
                "a suite needs its errors count");
        assertThrows(SAXException.class, () -> validate(JUNIT,
                "<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase classname=\"x\"/></testsuite></testsuites>"),
                "a case needs its name");
        assertThrows(SAXException.class, () -> validate(CHECKSTYLE,
                "<checkstyle><file name=\"a\"><error line=\"1\" severity=\"fatal\" message=\"m\" source=\"s\"/></file></checkstyle>"),
                "severity is one of checkstyle's four");
        assertThrows(SAXException.class, () -> validate(CHECKSTYLE,
                "<checkstyle><file name=\"a\"><error line=\"1\" column=\"0\" severity=\"info\" message=\"m\" source=\"s\"/></file></checkstyle>"),
                "columns are 1-based");
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE80\t\n\r\uFFFD\uFFFD", XmlOutput.clean("a\u0000b\u0001c\uD83D\uDE80\t\n\r\uD800\uFFFF"));
        String plain = "nothing to replace: <&>\"'";
        assertEquals(plain, XmlOutput.clean(plain));
    }

    private static Schema schema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(XmlReportSchemaTest.class.getClassLoader().getResource(resource));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }
}
