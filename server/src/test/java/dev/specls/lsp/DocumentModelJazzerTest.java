package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.specls.check.Checker;
import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.testing.FuzzInput;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Coverage-guided fuzzing of the server's document model (docs/reliability.md): a document is opened in
 * the real server, a fuzzed script of incremental edits is sent (one or several changes per
 * notification, anywhere, in UTF-16 positions), and the diagnostics published for the last version must
 * equal those of a fresh analysis of the text the edits should have produced. The fuzzer's bytes end in
 * the edit script and begin with the document, so plain spec files serve as seeds. (Lone surrogates are
 * replaced first: UTF-8 JSON cannot carry them, which a first run of this target found.)
 */
class DocumentModelJazzerTest {

    private static final String[] NAMES = {"PLAN.md", "STATE.md", "REQUIREMENTS.md"};
    private static final String[] FRAGMENTS = {
        "", "a", "1", ".", " ", "\n", "\r\n", "\r", "\t", "<", ">", "/", "\"", "&", "🚀", "\u0000", "é", "]]>", "<!--",
        "<task id=\"9.9\">", "</task>", " depends_on=\"1.1\"", "<files>a.py, b.py</files>", "[✓] 1.1: Done\n",
        "* [ ] **REQ-9:** More\n", "## Completed Tasks\n", "```xml\n", "```\n", "<phases>", "</phases>",
    };
    private static final int MAX_EDITS = 16;
    private static final long ANSWER_SECONDS = 60;

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static ServerSession session;
    private static Path folder;

    @FuzzTest(maxDuration = "5m")
    void editsMatchAFreshAnalysis(FuzzedDataProvider data) throws Exception {
        int edits = data.consumeInt(0, MAX_EDITS);
        List<int[]> script = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            script.add(new int[] {data.consumeInt(), data.consumeInt(0, 64), data.consumeInt(0, FRAGMENTS.length - 1), data.consumeInt(0, 3)});
        }
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        String text = encodable(FuzzInput.text(data.consumeRemainingAsBytes()));

        ServerSession server = session();
        String uri = folder.resolve("run-" + RUNS.incrementAndGet()).resolve(name).toUri().toString();
        server.client.clear();
        server.open(uri, 1, text);
        int version = 1;
        List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
        for (int[] edit : script) {
            int start = boundary(text, Math.floorMod(edit[0], text.length() + 1));
            int end = boundary(text, Math.min(text.length(), start + edit[1]));
            String inserted = FRAGMENTS[edit[2]];
            batch.add(new TextDocumentContentChangeEvent(new Range(position(text, start), position(text, end)), inserted));
            text = text.substring(0, start) + inserted + text.substring(end);
            // Sometimes several changes travel in one notification, each relative to the text the one before left.
            if (edit[3] != 0) {
                server.change(uri, ++version, batch.toArray(TextDocumentContentChangeEvent[]::new));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            server.change(uri, ++version, batch.toArray(TextDocumentContentChangeEvent[]::new));
        }
        PublishDiagnosticsParams published = server.client.awaitDiagnostics(
                params -> params.getUri().equals(uri) && params.getVersion() != null && params.getVersion() >= 1, ANSWER_SECONDS);
        int last = version;
        while (published.getVersion() != last) {
            published = server.client.awaitDiagnostics(params -> params.getUri().equals(uri) && Integer.valueOf(last).equals(params.getVersion()),
                    ANSWER_SECONDS);
        }
        assertEquals(freshDiagnostics(URI.create(uri), last, text), published.getDiagnostics(),
                "the diagnostics after the edits differ from a fresh analysis of the same text");

        server.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        server.client.awaitDiagnostics(params -> params.getUri().equals(uri) && params.getVersion() == null, ANSWER_SECONDS);
    }

    /** One server for all inputs of a run: a fresh one per input would spend the run starting servers. */
    private static synchronized ServerSession session() throws Exception {
        if (session == null) {
            try {
                folder = Files.createTempDirectory("specls-document-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            session = ServerSession.real();
            session.initialize(RealServerProtocolTest.openingFolder(folder));
        }
        return session;
    }

    private static List<Diagnostic> freshDiagnostics(URI uri, int version, String text) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        SourceFile file = workspace.open(uri, version, text);
        Checker checker = new Checker(Formats.BUILT_IN.rules(), Settings.defaults());
        List<Finding> findings = new ArrayList<>();
        SpecSet specSet = workspace.specSetOf(uri);
        if (specSet != null) {
            findings.addAll(checker.check(specSet).getOrDefault(file.uri(), List.of()));
        }
        return Diagnostics.of(findings, file.lineIndex(), PositionEncoding.UTF16,
                other -> Map.of(file.uri(), file.lineIndex()).get(other));
    }

    /**
     * The text as it can travel: JSON-RPC is UTF-8, which has no lone surrogates, so the client's encoder
     * would turn each into {@code ?} on the way and the server would rightly see another text.
     */
    private static String encodable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            result.append(paired ? c : '\uFFFD');
        }
        return result.toString();
    }

    /** Moves an offset off the middle of a surrogate pair or a CRLF, where no LSP position lies. */
    private static int boundary(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return offset;
        }
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        boolean splitsPair = Character.isHighSurrogate(before) && Character.isLowSurrogate(after);
        return splitsPair || (before == '\r' && after == '\n') ? offset - 1 : offset;
    }

    /** LSP's position of an offset: lines end at \n, \r\n or a lone \r; characters count UTF-16 units. */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
