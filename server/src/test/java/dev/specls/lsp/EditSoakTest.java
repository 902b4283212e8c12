package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak of a real server process: 2,000 seeded random edits to an open plan and state file,
 * typed in bursts, with requests in between. At the end the diagnostics the server published for the
 * last versions must equal what a fresh {@code specls check} reports on the same text, no request may
 * have failed inside the server, and the process must not have grown without bound.
 */
class EditSoakTest {

    private static final long SEED = 20_261_201L;
    private static final int EDITS = 2_000;
    /** Now and then the editor replaces the whole text (an undo to the start, a reload): back to a plan that parses. */
    private static final int REVERT_EVERY = 250;
    private static final long ANSWER_SECONDS = 60;
    /** Generous: the server's heap starts at 64 MB; a leak of one parsed version per edit grows by hundreds. */
    private static final long RSS_GROWTH_LIMIT_KB = 160 * 1024;
    private static final String[] FRAGMENTS = {
        "1", ".", "2", "a", " ", "\n", "<", ">", "/", "\"", "=", "&amp;", "🚀", "é",
        "<task id=\"3.9\" depends_on=\"1.1\">\n<name>Extra</name>\n<files>x.py</files>\n<action>a</action>\n<verify>pytest</verify>\n<done>d</done>\n</task>\n",
        " depends_on=\"1.2, 9.9\"", "<verify>true</verify>", "</task>", "<files>a.py, b.py</files>", "[✓] 2.1: Add the CLI\n",
        "* **Next Task:** 1.3\n", "REQ-1", "<!-- note -->", "\t",
    };

    @TempDir
    Path folder;
    private SpawnedServer spawned;

    @AfterEach
    void stop() {
        if (spawned != null) {
            spawned.destroy();
        }
    }

    /** The editor's copy of one open document. */
    private static final class Buffer {
        final String uri;
        final String original;
        String text;
        int version = 1;

        Buffer(Path path) throws Exception {
            uri = path.toUri().toString();
            original = Files.readString(path, StandardCharsets.UTF_8);
            text = original;
        }
    }

    @Test
    void publishedDiagnosticsEqualAFreshCheckAfterTwoThousandEdits() throws Exception {
        for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            Files.copy(SpawnedServer.CHECKOUT.resolve("examples/bookmarks").resolve(name), folder.resolve(name));
        }
        spawned = new SpawnedServer(folder);
        spawned.initialize(ProcessHandle.current().pid());
        Buffer plan = new Buffer(folder.resolve("PLAN.md"));
        Buffer state = new Buffer(folder.resolve("STATE.md"));
        TextDocumentService documents = spawned.server.getTextDocumentService();
        for (Buffer buffer : List.of(plan, state)) {
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(buffer.uri, "markdown", 1, buffer.text)));
        }

        Random random = new Random(SEED);
        List<CompletableFuture<?>> requests = new ArrayList<>();
        long rssAfterWarmUp = -1;
        for (int edit = 1; edit <= EDITS; edit++) {
            Buffer buffer = random.nextInt(5) == 0 ? state : plan;
            buffer.version++;
            documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(buffer.uri, buffer.version),
                    List.of(edit % REVERT_EVERY == 0 ? new TextDocumentContentChangeEvent(revert(buffer)) : randomEdit(buffer, random))));
            if (edit % 10 == 0) {
                requests.add(randomRequest(documents, buffer, random));
            }
            if (edit % 50 == 0) {
                // A pause as a typist makes, so that some checks run between bursts.
                Thread.sleep(random.nextInt(30));
            }
            if (edit == 200) {
                requests.forEach(EditSoakTest::awaitAnswer);
                rssAfterWarmUp = spawned.memoryKb("VmRSS");
            }
        }
        requests.forEach(EditSoakTest::awaitAnswer);
        // Each edit checks both files (one spec set), so an early publication of a last version may
        // predate the other file's last edit. A request waits until every edit of the folder is applied;
        // after that, one more version of each file (the same texts) makes both be published, at their new
        // versions, by checks that see only the final texts: every check started earlier is dropped for both.
        awaitAnswer(documents.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(plan.uri))));
        int settled = spawned.client.mark();
        plan.version++;
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(plan.uri, plan.version),
                List.of(new TextDocumentContentChangeEvent(plan.text))));
        state.version++;
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(state.uri, state.version),
                List.of(new TextDocumentContentChangeEvent(state.text))));

        // The same texts in a fresh folder, checked by the command line from scratch.
        Path fresh = Files.createDirectories(folder.resolve("fresh"));
        Files.writeString(fresh.resolve("PLAN.md"), plan.text, StandardCharsets.UTF_8);
        Files.writeString(fresh.resolve("STATE.md"), state.text, StandardCharsets.UTF_8);
        Files.copy(folder.resolve("REQUIREMENTS.md"), fresh.resolve("REQUIREMENTS.md"));
        JsonObject report = freshCheck(fresh);
        assertFalse(fromCheck(report, "PLAN.md").isEmpty(), "the edits left findings to compare");
        for (Buffer buffer : List.of(plan, state)) {
            String name = Path.of(URI.create(buffer.uri)).getFileName().toString();
            PublishDiagnosticsParams last = spawned.client.awaitSince(settled,
                    published -> published.getUri().equals(buffer.uri) && Integer.valueOf(buffer.version).equals(published.getVersion()));
            assertEquals(fromCheck(report, name), fromServer(last.getDiagnostics()),
                    "the server's diagnostics of " + name + " v" + buffer.version + " differ from a fresh check of the same text");
        }

        long rssAtEnd = spawned.memoryKb("VmRSS");
        if (rssAfterWarmUp > 0) {
            assertTrue(rssAtEnd - rssAfterWarmUp < RSS_GROWTH_LIMIT_KB,
                    "resident memory grew from " + rssAfterWarmUp + " kB to " + rssAtEnd + " kB over the edits");
        }
        spawned.server.shutdown().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        spawned.server.exit();
        assertTrue(spawned.process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS), "the server did not exit");
        assertEquals(0, spawned.process.exitValue(), spawned::stderr);
        ServerSession.assertOnlyJsonRpc(spawned.stdout());
    }

    private static String revert(Buffer buffer) {
        buffer.text = buffer.original;
        return buffer.text;
    }

    /** A small edit as typing makes it: insert a fragment, delete a few characters, or both, never inside a surrogate pair. */
    private static TextDocumentContentChangeEvent randomEdit(Buffer buffer, Random random) {
        String text = buffer.text;
        int start = boundary(text, random.nextInt(text.length() + 1));
        int end = random.nextInt(3) == 0 ? boundary(text, Math.min(text.length(), start + random.nextInt(40))) : start;
        String inserted = random.nextInt(4) == 0 ? "" : FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        Range range = new Range(position(text, start), position(text, end));
        buffer.text = text.substring(0, start) + inserted + text.substring(end);
        return new TextDocumentContentChangeEvent(range, inserted);
    }

    private static int boundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset - 1 : offset;
    }

    /** LSP's line and UTF-16 character of an offset; the soak's texts break lines with \n only. */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    private static CompletableFuture<?> randomRequest(TextDocumentService documents, Buffer buffer, Random random) {
        TextDocumentIdentifier document = new TextDocumentIdentifier(buffer.uri);
        Position at = position(buffer.text, boundary(buffer.text, random.nextInt(buffer.text.length() + 1)));
        Range whole = new Range(new Position(0, 0), position(buffer.text, buffer.text.length()));
        return switch (random.nextInt(7)) {
            case 0 -> documents.hover(new HoverParams(document, at));
            case 1 -> documents.completion(new CompletionParams(document, at));
            case 2 -> documents.definition(new DefinitionParams(document, at));
            case 3 -> documents.documentSymbol(new DocumentSymbolParams(document));
            case 4 -> documents.semanticTokensFull(new SemanticTokensParams(document));
            case 5 -> documents.foldingRange(new FoldingRangeRequestParams(document));
            default -> documents.codeAction(new CodeActionParams(document, whole, new CodeActionContext(List.of())));
        };
    }

    /** Every request answers; a refusal (a rename that would merge ids, say) is fine, a failure inside the server is not. */
    private static void awaitAnswer(CompletableFuture<?> request) {
        try {
            request.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof ResponseErrorException error
                    && error.getResponseError().getCode() != ResponseErrorCode.InternalError.getValue()) {
                return;
            }
            fail("a request failed inside the server: " + failed.getCause());
        } catch (Exception timedOut) {
            fail("a request got no answer: " + timedOut);
        }
    }

    private JsonObject freshCheck(Path freshFolder) throws Exception {
        List<String> command = new ArrayList<>(SpawnedServer.command());
        command.remove(command.size() - 1);
        command.addAll(List.of("check", "--format", "json", "."));
        Process check = new ProcessBuilder(command).directory(freshFolder.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS), output);
        return JsonParser.parseString(output).getAsJsonObject();
    }

    private static TreeSet<String> fromCheck(JsonObject report, String file) {
        TreeSet<String> findings = new TreeSet<>();
        for (JsonElement element : report.getAsJsonArray("diagnostics")) {
            JsonObject diagnostic = element.getAsJsonObject();
            if (diagnostic.get("file").getAsString().equals(file)) {
                JsonObject range = diagnostic.getAsJsonObject("range");
                findings.add(line(diagnostic.get("code").getAsString(), diagnostic.get("severity").getAsString(),
                        point(range.getAsJsonObject("start")), point(range.getAsJsonObject("end")), diagnostic.get("message").getAsString()));
            }
        }
        return findings;
    }

    private static String point(JsonObject position) {
        return position.get("line").getAsInt() + ":" + position.get("character").getAsInt();
    }

    private static TreeSet<String> fromServer(List<Diagnostic> diagnostics) {
        TreeSet<String> findings = new TreeSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            Range range = diagnostic.getRange();
            String severity = diagnostic.getSeverity().name().toLowerCase(Locale.ROOT);
            findings.add(line(diagnostic.getCode().getLeft(), severity,
                    range.getStart().getLine() + ":" + range.getStart().getCharacter(),
                    range.getEnd().getLine() + ":" + range.getEnd().getCharacter(), diagnostic.getMessage().getLeft()));
        }
        return findings;
    }

    private static String line(String code, String severity, String start, String end, String message) {
        return start + "-" + end + " " + severity + " " + code + " " + message;
    }
}
