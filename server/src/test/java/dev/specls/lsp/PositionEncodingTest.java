package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.testing.RuleCodes;
import dev.specls.workspace.Workspace;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding ranges that follow an emoji on their line, as the real server reports them in each encoding
 * a client can negotiate: 🚀 is one code point, two UTF-16 code units and four UTF-8 bytes. The spans
 * come from the same checker run in process; the expected columns are counted here, independently of
 * the server's line index.
 */
class PositionEncodingTest {

    /** The phase and its first task share a line, so the emoji in the phase name precedes the dependency id. */
    private static final String DANGLING = """
            # PLAN.md

            ```xml
            <phases>
                <phase name="Phase 1: 🚀 Launch"><task id="1.1" depends_on="1.9">
                    <name>Launch</name>
                    <files>launch.py</files>
                    <action>Start the rocket.</action>
                    <verify>pytest</verify>
                    <done>It flies</done>
                </task></phase>
            </phases>
            ```
            """;

    /** A bare {@code <} in text, after an emoji on the same line: sago cannot parse the plan. */
    private static final String XML_SYNTAX = """
            # PLAN.md

            ```xml
            <phases>
                <phase name="Phase 1">
                    <task id="1.1">
                        <name>🚀 thrust < drag</name>
                        <files>launch.py</files>
                        <action>Start the rocket.</action>
                        <verify>pytest</verify>
                        <done>It flies</done>
                    </task>
                </phase>
            </phases>
            ```
            """;

    /** Both tasks on the phase's line, behind two emoji: the reference and its declaration both follow them. */
    private static final String ONE_LINE_PHASE = """
            # PLAN.md

            ```xml
            <phases>
                <phase name="Phase 1: 🚀 Launch"><task id="1.1"><name>Fuel the 🚀</name><files>fuel.py</files><action>Fuel it.</action><verify>pytest</verify><done>Fuelled</done></task><task id="1.2" depends_on="1.1"><name>Lift off</name><files>launch.py</files><action>Start.</action><verify>pytest</verify><done>It flies</done></task></phase>
            </phases>
            ```
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "utf-16, plan/dangling-dependency",
        "utf-8, plan/dangling-dependency",
        "utf-32, plan/dangling-dependency",
        "utf-16, plan/xml-syntax",
        "utf-8, plan/xml-syntax",
        "utf-32, plan/xml-syntax",
    })
    void rangesAfterAnEmojiAreCountedInTheNegotiatedEncoding(String encoding, String code) throws Exception {
        RuleCodes.assumeRegistered(code);
        String text = code.equals("plan/xml-syntax") ? XML_SYNTAX : DANGLING;
        URI uri = folder.resolve("PLAN.md").toUri();
        Finding finding = findingOf(uri, text, code);
        int lineStart = text.lastIndexOf('\n', finding.span().start() - 1) + 1;
        assertTrue(text.substring(lineStart, finding.span().start()).contains("🚀"), "the emoji must precede the range on its line");
        if (code.equals("plan/dangling-dependency")) {
            assertEquals("1.9", text.substring(finding.span().start(), finding.span().end()));
        }

        try (ServerSession session = ServerSession.real()) {
            // Offering only the one encoding leaves the server no other choice.
            assertEquals(encoding, session.initialize(ServerSession.offering(List.of(encoding))).getCapabilities().getPositionEncoding());
            session.open(uri.toString(), 1, text);
            Diagnostic diagnostic = RealServerProtocolTest.only(session.client.awaitDiagnostics(uri.toString(), 1), code);

            assertEquals(new Range(position(text, finding.span().start(), encoding), position(text, finding.span().end(), encoding)),
                    diagnostic.getRange());
            assertEquals(0, session.shutdownAndExit());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"utf-16", "utf-8", "utf-32"})
    void hoverAndDefinitionAfterAnEmojiSpeakTheNegotiatedEncoding(String encoding) throws Exception {
        String text = ONE_LINE_PHASE;
        URI uri = folder.resolve("PLAN.md").toUri();
        int reference = text.indexOf("1.1", text.indexOf("depends_on=\""));
        int declaration = text.indexOf("1.1", text.indexOf("<task id=\""));
        Range referenceRange = new Range(position(text, reference, encoding), position(text, reference + 3, encoding));
        Range declarationRange = new Range(position(text, declaration, encoding), position(text, declaration + 3, encoding));
        // One unit into the id: a UTF-8 column read as UTF-16 would land four units on, past the id's end.
        Position cursor = position(text, reference + 1, encoding);

        try (ServerSession session = ServerSession.real()) {
            assertEquals(encoding, session.initialize(ServerSession.offering(List.of(encoding))).getCapabilities().getPositionEncoding());
            session.open(uri.toString(), 1, text);
            TextDocumentIdentifier document = new TextDocumentIdentifier(uri.toString());

            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(document, cursor)).get(10, TimeUnit.SECONDS);
            FeatureProtocolTest.assertTaskCard(hover, "Task 1.1 · Fuel the 🚀");
            assertEquals(referenceRange, hover.getRange());

            List<? extends Location> definition = session.server.getTextDocumentService().definition(new DefinitionParams(document, cursor))
                    .get(10, TimeUnit.SECONDS).getLeft();
            assertEquals(List.of(new Location(uri.toString(), declarationRange)),
                    definition.stream().map(location -> new Location(Path.of(URI.create(location.getUri())).toUri().toString(),
                            location.getRange())).toList());
            assertEquals(0, session.shutdownAndExit());
        }
    }

    @ParameterizedTest
    @CsvSource({"utf-16, 15", "utf-8, 19", "utf-32, 13"})
    void theHandCountedColumnsAgreeWithTheEncodings(String encoding, int character) {
        String text = "x\n- 🚀 rocket 🚀 |after";
        assertEquals(new Position(1, character), position(text, text.indexOf('|'), encoding));
    }

    private static Finding findingOf(URI uri, String text, String code) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.open(uri, 1, text);
        List<Finding> findings = new Checker(Formats.BUILT_IN.rules(), Settings.defaults()).check(workspace.specSetOf(uri)).get(uri).stream()
                .filter(finding -> finding.code().equals(code))
                .toList();
        assertEquals(1, findings.size(), () -> code + " findings: " + findings);
        return findings.get(0);
    }

    /** The LSP position of a UTF-16 offset, its character counted in the encoding's units. */
    private static Position position(String text, int offset, String encoding) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        String before = text.substring(lineStart, offset);
        int character = switch (encoding) {
            case "utf-16" -> before.length();
            case "utf-8" -> before.getBytes(StandardCharsets.UTF_8).length;
            case "utf-32" -> before.codePointCount(0, before.length());
            default -> throw new IllegalArgumentException(encoding);
        };
        return new Position(line, character);
    }
}
