package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.testing.RuleCodes;
import dev.specls.text.LineColumn;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever bytes a spec file holds, the workspace and every rule turn them into findings, never an
 * exception, and the server keeps answering: truncated XML, binary data, a 20 MB plan, CRLF, a byte
 * order mark and tabs.
 */
class MalformedInputTest {

    private static final String PLAN = RealServerProtocolTest.PLAN;
    private static final String STATE = RealServerProtocolTest.STATE;
    private static final int TWENTY_MB = 20 * 1024 * 1024;
    private static final long LARGE_TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    /** Every finding of every spec set in the workspace, by file. */
    private static Map<URI, List<Finding>> checkAll(Workspace workspace) {
        Checker checker = new Checker(Formats.BUILT_IN.rules(), Settings.defaults());
        Map<URI, List<Finding>> findings = new LinkedHashMap<>();
        for (SpecSet specSet : workspace.specSets()) {
            findings.putAll(checker.check(specSet));
        }
        return findings;
    }

    private static List<Finding> checkPlan(String text) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        URI uri = URI.create("file:///specs/PLAN.md");
        workspace.open(uri, 1, text);
        List<Finding> findings = checkAll(workspace).get(uri);
        assertNotNull(findings, "PLAN.md is always checked");
        return findings;
    }

    /** Each finding as code and LSP position, which must not depend on line endings, a BOM dropped from disk, or the like. */
    private static TreeSet<String> placed(SourceFile file, List<Finding> findings) {
        TreeSet<String> placed = new TreeSet<>();
        for (Finding finding : findings) {
            LineColumn start = file.lineIndex().position(finding.span().start(), PositionEncoding.UTF16);
            LineColumn end = file.lineIndex().position(finding.span().end(), PositionEncoding.UTF16);
            placed.add(finding.code() + " " + start.line() + ":" + start.character() + "-" + end.line() + ":" + end.character());
        }
        return placed;
    }

    private static TreeSet<String> codes(List<Finding> findings) {
        TreeSet<String> codes = new TreeSet<>();
        findings.forEach(finding -> codes.add(finding.code()));
        return codes;
    }

    @Test
    void everyPrefixOfAPlanIsChecked() {
        List<String> unexplained = new ArrayList<>();
        int blockStart = PLAN.indexOf("<phases>");
        int blockEnd = PLAN.indexOf("</phases>");
        for (int length = 0; length <= PLAN.length(); length++) {
            List<Finding> findings = checkPlan(PLAN.substring(0, length));
            boolean cutInsideTheBlock = length > blockStart + "<phases>".length() && length < blockEnd;
            boolean explained = codes(findings).contains("plan/xml-syntax") || codes(findings).contains("plan/no-task-block");
            if (cutInsideTheBlock && RuleCodes.registered("plan/xml-syntax") && !explained) {
                unexplained.add("cut at " + length + ": " + codes(findings));
            }
        }
        assertEquals(List.of(), unexplained, "sago reads nothing from a plan cut inside its XML block; a finding must say why");
    }

    @Test
    void binaryBytesOnDiskAreReadAndChecked() throws IOException {
        Random random = new Random(42);
        for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            byte[] bytes = new byte[64 * 1024];
            random.nextBytes(bytes);
            Files.write(folder.resolve(name), bytes);
        }
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);

        Map<URI, List<Finding>> findings = checkAll(workspace);
        assertEquals(3, findings.size(), findings::toString);
        if (RuleCodes.registered("plan/no-task-block")) {
            assertTrue(codes(findings.get(folder.resolve("PLAN.md").toUri())).contains("plan/no-task-block"), findings::toString);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesInABufferAreChecked() {
        String hostile = PLAN.replace("Create config", "Create\u0000con\u0007fig\uD800")
                .replace("<files>main.py", "<files>\uDC00main\u001B[31m.py\uFFFE")
                + "\u0000\u0000<phases><phase name=\"\uDBFF\">";
        checkPlan(hostile);
        for (char c = 0; c < 0x80; c++) {
            checkPlan(PLAN.replace('<', c));
        }
    }

    @Test
    void aTwentyMegabytePlanIsChecked() {
        List<Finding> findings = checkPlan(largePlan());

        if (RuleCodes.registered("plan/dangling-dependency")) {
            assertTrue(codes(findings).contains("plan/dangling-dependency"), () -> codes(findings).toString());
        }
    }

    @Test
    void crlfLineEndingsGiveTheSameFindingsAtTheSamePositions() {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        URI lf = URI.create("file:///lf/PLAN.md");
        URI crlf = URI.create("file:///crlf/PLAN.md");
        workspace.open(lf, 1, PLAN);
        workspace.open(crlf, 1, PLAN.replace("\n", "\r\n"));
        workspace.open(URI.create("file:///lf/STATE.md"), 1, STATE);
        workspace.open(URI.create("file:///crlf/STATE.md"), 1, STATE.replace("\n", "\r\n"));

        Map<URI, List<Finding>> findings = checkAll(workspace);
        assertEquals(placed(workspace.file(lf), findings.get(lf)), placed(workspace.file(crlf), findings.get(crlf)));
        URI lfState = URI.create("file:///lf/STATE.md");
        URI crlfState = URI.create("file:///crlf/STATE.md");
        assertEquals(placed(workspace.file(lfState), findings.get(lfState)), placed(workspace.file(crlfState), findings.get(crlfState)));
        RuleCodes.assumeRegistered("plan/dangling-dependency", "state/unknown-task");
        assertTrue(codes(findings.get(crlf)).contains("plan/dangling-dependency"));
        assertTrue(codes(findings.get(crlfState)).contains("state/unknown-task"));
    }

    @Test
    void aByteOrderMarkOnDiskChangesNothing() throws IOException {
        Path withBom = Files.createDirectories(folder.resolve("bom"));
        Path without = Files.createDirectories(folder.resolve("plain"));
        for (Path specs : List.of(withBom, without)) {
            String prefix = specs == withBom ? "\uFEFF" : "";
            Files.writeString(specs.resolve("PLAN.md"), prefix + PLAN, StandardCharsets.UTF_8);
            Files.writeString(specs.resolve("STATE.md"), prefix + STATE, StandardCharsets.UTF_8);
        }
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        workspace.addFolder(folder);

        Map<URI, List<Finding>> findings = checkAll(workspace);
        for (String name : List.of("PLAN.md", "STATE.md")) {
            URI bomUri = withBom.resolve(name).toUri();
            URI plainUri = without.resolve(name).toUri();
            assertEquals(placed(workspace.file(plainUri), findings.get(plainUri)), placed(workspace.file(bomUri), findings.get(bomUri)), name);
        }
        // An editor buffer may keep the mark; the plan behind it is still read.
        checkPlan("\uFEFF" + PLAN);
    }

    @Test
    void tabsCountAsOneColumn() {
        String tabbed = PLAN.replace("    ", "\t");
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        URI uri = URI.create("file:///tabs/PLAN.md");
        workspace.open(uri, 1, tabbed);
        List<Finding> findings = checkAll(workspace).get(uri);
        RuleCodes.assumeRegistered("plan/dangling-dependency");

        Finding dangling = findings.stream().filter(finding -> finding.code().equals("plan/dangling-dependency")).findFirst().orElseThrow();
        LineColumn start = workspace.file(uri).lineIndex().position(dangling.span().start(), PositionEncoding.UTF16);
        assertEquals(RealServerProtocolTest.rangeOf(tabbed, "depends_on=", "1.9").getStart().getCharacter(), start.character());
        assertEquals("\t\t<task id=\"1.2\" depends_on=\"".length(), start.character());
    }

    /** The server over pipes gets every hostile buffer, then must still answer a request and a notification. */
    @Test
    void theServerStaysAliveThroughHostileBuffers() throws Exception {
        Files.writeString(folder.resolve("PLAN.md"), PLAN, StandardCharsets.UTF_8);
        Files.write(folder.resolve("STATE.md"), new byte[] {(byte) 0xFF, 0, (byte) 0xC3, 0x28, '\r', '\r', '\n', (byte) 0xE2, (byte) 0x9C});
        Map<String, String> buffers = new LinkedHashMap<>();
        buffers.put("truncated/PLAN.md", PLAN.substring(0, PLAN.indexOf("<name>Create main")));
        buffers.put("binary/PLAN.md", new String(randomBytes(4096), StandardCharsets.ISO_8859_1));
        buffers.put("crlf/PLAN.md", PLAN.replace("\n", "\r\n"));
        buffers.put("bom/PLAN.md", "\uFEFF" + PLAN);
        buffers.put("tabs/PLAN.md", PLAN.replace("    ", "\t"));
        buffers.put("large/PLAN.md", largePlan());

        try (ServerSession session = ServerSession.real()) {
            session.initialize(RealServerProtocolTest.openingFolder(folder));
            for (Map.Entry<String, String> buffer : buffers.entrySet()) {
                String uri = folder.resolve(buffer.getKey()).toUri().toString();
                session.open(uri, 1, buffer.getValue());
                session.client.awaitDiagnostics(published -> published.getUri().equals(uri) && Integer.valueOf(1).equals(published.getVersion()),
                        LARGE_TIMEOUT_SECONDS);
            }

            String later = folder.resolve("later/PLAN.md").toUri().toString();
            session.open(later, 3, PLAN);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(later, 3);
            if (RuleCodes.registered("plan/dangling-dependency")) {
                assertTrue(RealServerProtocolTest.has(published, "plan/dangling-dependency"), published::toString);
            }
            assertEquals(List.of(), session.client.logMessages.stream().filter(message -> message.getType() == MessageType.Error).toList(),
                    "the server logged a failure");
            assertEquals(0, session.shutdownAndExit());
            session.assertOutputIsOnlyJsonRpc();
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    /** At least 20 MB of well-formed tasks, five per phase, the last depending on a task no one declares. */
    private static String largePlan() {
        StringBuilder plan = new StringBuilder(TWENTY_MB + 4096).append("# PLAN.md\n\n```xml\n<phases>\n");
        int phase = 0;
        while (plan.length() < TWENTY_MB) {
            phase++;
            plan.append("  <phase name=\"Phase ").append(phase).append("\">\n");
            for (int task = 1; task <= 5; task++) {
                String id = phase + "." + task;
                plan.append("    <task id=\"").append(id).append('"').append(task == 5 && plan.length() > TWENTY_MB - 4096 ? " depends_on=\"0.1\"" : "")
                        .append(">\n      <name>Task ").append(id).append("</name>\n      <files>src/f")
                        .append(id).append(".py</files>\n      <action>Write module ").append(id)
                        .append(" with its tests.</action>\n      <verify>pytest tests/test_").append(id)
                        .append(".py</verify>\n      <done>The tests of ").append(id).append(" pass</done>\n    </task>\n");
            }
            plan.append("  </phase>\n");
        }
        return plan.append("</phases>\n```\n").toString();
    }
}
