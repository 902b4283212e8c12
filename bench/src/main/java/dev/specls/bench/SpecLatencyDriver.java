package dev.specls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Initial check and keystroke to diagnostics for the other spec formats: generates a Spec Kit feature
 * ({@code --format speckit --tasks 2000}) or a Saga tree ({@code --format saga --milestones 40 --tasks 25}),
 * spawns {@code bin/specls lsp} on it with debounce 0, opens the file to edit (tasks.md, or a task file in
 * the middle milestone), times the first publishDiagnostics, then types into a task's description
 * (alternately inserting and deleting one character) and times each didChange to its diagnostics.
 */
final class SpecLatencyDriver {

    private SpecLatencyDriver() {
    }

    static int run(Options options) throws IOException {
        String format = options.option("format", "speckit");
        int warmup = options.intOption("warmup", 200);
        int edits = options.intOption("edits", 500);
        Path launcher = Path.of(options.option("launcher", "bin/specls")).toAbsolutePath();
        Path folder = options.has("folder") ? Path.of(options.option("folder", null)).toAbsolutePath() : Files.createTempDirectory("specls-spec-latency-");
        Path edited;
        String size;
        if (format.equals("saga")) {
            int milestones = options.intOption("milestones", 40);
            int tasks = options.intOption("tasks", 25);
            edited = SpecGenerator.saga(milestones, tasks, folder);
            size = milestones + " milestones x " + tasks + " task files";
        } else {
            int tasks = options.intOption("tasks", 2000);
            edited = SpecGenerator.specKit(tasks, folder);
            size = tasks + " tasks";
        }
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        Position typingAt = descriptionInTheMiddle(text);
        String name = "/" + folder.relativize(edited).toString().replace('\\', '/');
        try (ServerProcess server = ServerProcess.start(launcher)) {
            long started = System.nanoTime();
            server.initialize(folder, LatencyDriver.NO_DEBOUNCE);
            server.server().initialized(new InitializedParams());
            TextDocumentService documents = server.server().getTextDocumentService();
            String uri = edited.toUri().toString();
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
            server.awaitPublished(name, 1, 120);
            long initial = System.nanoTime() - started;
            int version = 1;
            for (int i = 0; i < warmup; i++) {
                version++;
                edit(server, documents, uri, name, version, typingAt, i % 2 == 0);
            }
            long cpuBefore = server.cpuMillis();
            long[] nanos = new long[edits];
            for (int i = 0; i < edits; i++) {
                version++;
                nanos[i] = edit(server, documents, uri, name, version, typingAt, (warmup + i) % 2 == 0);
            }
            long cpuAfter = server.cpuMillis();
            System.out.printf(Locale.ROOT, "spec-latency format=%s %s warmup=%d edits=%d%n", format, size, warmup, edits);
            System.out.printf(Locale.ROOT, "initialize -> first publishDiagnostics of %s: %.0f ms%n", name, initial / 1e6);
            System.out.println(Stats.summary("didChange -> publishDiagnostics (ms)", nanos));
            System.out.printf(Locale.ROOT, "server cpu per edit=%.2f ms%n", (cpuAfter - cpuBefore) / (double) edits);
            System.out.printf(Locale.ROOT, "server rss=%.1f MB peak=%.1f MB%n", server.residentKb("VmRSS") / 1024.0, server.residentKb("VmHWM") / 1024.0);
        } finally {
            if (!options.has("folder")) {
                LatencyDriver.deleteTree(folder);
            }
        }
        return 0;
    }

    private static long edit(ServerProcess server, TextDocumentService documents, String uri, String name, int version, Position at, boolean insert) {
        TextDocumentContentChangeEvent change = insert
                ? new TextDocumentContentChangeEvent(new Range(at, at), "x")
                : new TextDocumentContentChangeEvent(new Range(at, new Position(at.getLine(), at.getCharacter() + 1)), "");
        long sent = System.nanoTime();
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
        ServerProcess.Published published = server.awaitPublished(name, version, 60);
        if (published.diagnostics() != 0) {
            throw new IllegalStateException("the generated spec set should be clean, but version " + version + " of " + name + " has "
                    + published.diagnostics() + " diagnostics");
        }
        return published.receivedNanos() - sent;
    }

    /** A few characters into the word "Implement" or "Task" of the first task line after the middle of the file. */
    private static Position descriptionInTheMiddle(String text) {
        int at = text.indexOf(" Implement part ", text.length() / 2);
        if (at < 0) {
            at = text.indexOf("# Task ");
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, at - lineStart + 3);
    }
}
