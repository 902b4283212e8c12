package dev.specls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Keystroke to diagnostics: spawns {@code bin/specls lsp} on a generated spec set with diagnostics
 * debounce 0, opens PLAN.md, REQUIREMENTS.md and STATE.md, then types into one task's
 * {@code <action>} (alternately inserting and deleting one character) and times each didChange until
 * the publishDiagnostics for that version of PLAN.md arrives. Edits are sent one at a time, each after
 * the previous one's diagnostics, as a fast typist's keystrokes would be without debounce.
 * Prints p50/p95/p99/max and, after the edits, the server's resident set size.
 */
final class LatencyDriver {

    static final String NO_DEBOUNCE = "{\"diagnostics\":{\"debounceMs\":0}}";

    private LatencyDriver() {
    }

    static int run(Options options) throws IOException {
        int tasks = options.intOption("tasks", 500);
        int warmup = options.intOption("warmup", 200);
        int edits = options.intOption("edits", 500);
        Path launcher = Path.of(options.option("launcher", "bin/specls")).toAbsolutePath();
        Path folder = options.has("folder") ? Path.of(options.option("folder", null)).toAbsolutePath() : Files.createTempDirectory("specls-latency-");
        PlanGenerator.generate(tasks, folder);
        Path plan = folder.resolve("PLAN.md");
        String planText = Files.readString(plan, StandardCharsets.UTF_8);
        Position typingAt = actionLineInTheMiddle(planText);

        try (ServerProcess server = ServerProcess.start(launcher)) {
            server.initialize(folder, NO_DEBOUNCE);
            server.server().initialized(new org.eclipse.lsp4j.InitializedParams());
            TextDocumentService documents = server.server().getTextDocumentService();
            String planUri = plan.toUri().toString();
            for (String name : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
                Path file = folder.resolve(name);
                documents.didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(file.toUri().toString(), "markdown", 1, Files.readString(file, StandardCharsets.UTF_8))));
            }
            server.awaitPublished("/PLAN.md", 1, 120);

            int version = 1;
            for (int i = 0; i < warmup; i++) {
                version++;
                edit(server, documents, planUri, version, typingAt, i % 2 == 0);
            }
            long cpuBefore = server.cpuMillis();
            long[] nanos = new long[edits];
            for (int i = 0; i < edits; i++) {
                version++;
                nanos[i] = edit(server, documents, planUri, version, typingAt, (warmup + i) % 2 == 0);
            }
            long cpuAfter = server.cpuMillis();
            long rssKb = server.residentKb("VmRSS");
            long peakKb = server.residentKb("VmHWM");
            System.out.printf(Locale.ROOT, "latency tasks=%d plan=%.1f MB warmup=%d edits=%d%n", tasks,
                    planText.length() / 1e6, warmup, edits);
            System.out.println(Stats.summary("didChange -> publishDiagnostics (ms)", nanos));
            // CPU per edit is what the server spends, whatever else the machine runs; latency also counts waiting for a core.
            System.out.printf(Locale.ROOT, "server cpu per edit=%.2f ms (user + sys over the measured edits)%n",
                    (cpuAfter - cpuBefore) / (double) edits);
            System.out.printf(Locale.ROOT, "server rss=%.1f MB peak=%.1f MB%n", rssKb / 1024.0, peakKb / 1024.0);
        } finally {
            if (!options.has("folder")) {
                deleteTree(folder);
            }
        }
        return 0;
    }

    /** Sends one single-character edit and returns the nanoseconds until PLAN.md's diagnostics for that version arrived. */
    private static long edit(ServerProcess server, TextDocumentService documents, String uri, int version, Position at, boolean insert) {
        TextDocumentContentChangeEvent change = insert
                ? new TextDocumentContentChangeEvent(new Range(at, at), "x")
                : new TextDocumentContentChangeEvent(new Range(at, new Position(at.getLine(), at.getCharacter() + 1)), "");
        DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change));
        long sent = System.nanoTime();
        documents.didChange(params);
        ServerProcess.Published published = server.awaitPublished("/PLAN.md", version, 60);
        if (published.diagnostics() != 0) {
            throw new IllegalStateException("the generated plan should be clean, but version " + version + " has "
                    + published.diagnostics() + " diagnostics");
        }
        return published.receivedNanos() - sent;
    }

    /**
     * Line and character a few characters into the text of the first multi-line {@code <action>} after
     * the middle of the plan, so that an edit has as much text before it as after.
     */
    private static Position actionLineInTheMiddle(String planText) {
        int action = planText.indexOf("<action>\n", planText.length() / 2);
        int lineStart = action + "<action>\n".length();
        int line = 0;
        for (int i = 0; i < lineStart; i++) {
            if (planText.charAt(i) == '\n') {
                line++;
            }
        }
        int indent = 0;
        while (planText.charAt(lineStart + indent) == ' ') {
            indent++;
        }
        return new Position(line, indent + 4);
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
