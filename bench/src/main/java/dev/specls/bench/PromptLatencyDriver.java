package dev.specls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * A workspace of prompt templates through {@code bin/specls lsp}: the first publication after the
 * workspace is read (the initial index), keystroke to publishDiagnostics in one template, completion
 * inside {@code {{ }}}, and the rename of an input that every other xprompt passes at its call site.
 */
final class PromptLatencyDriver {

    private static final String NO_DEBOUNCE = "{\"diagnostics\":{\"debounceMs\":0}}";

    private PromptLatencyDriver() {
    }

    static int run(Options options) throws IOException {
        int templates = options.intOption("templates", 2000);
        int warmup = options.intOption("warmup", 100);
        int requests = options.intOption("requests", 200);
        Path launcher = Path.of(options.option("launcher", "bin/specls")).toAbsolutePath();
        Path folder = Files.createTempDirectory("specls-prompts-");
        PromptGenerator.generate(templates, folder);
        // The generated prompts are clean and the server publishes only files with findings: this one's
        // publication marks the end of the first check of the whole workspace.
        Files.writeString(folder.resolve("xprompts/probe.md"), "{{ undeclared }}\n", StandardCharsets.UTF_8);
        Path edited = folder.resolve("xprompts/group5/task105.md");
        Path shared = folder.resolve(PromptGenerator.SHARED);
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("# Task")).count();

        try (ServerProcess server = ServerProcess.start(launcher)) {
            long start = System.nanoTime();
            server.initialize(folder, NO_DEBOUNCE);
            server.server().initialized(new org.eclipse.lsp4j.InitializedParams());
            server.awaitPublished("/probe.md", null, 120);
            long indexNanos = System.nanoTime() - start;
            long indexCpu = server.cpuMillis();

            TextDocumentService documents = server.server().getTextDocumentService();
            String uri = edited.toUri().toString();
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
            server.awaitPublished("/task105.md", 1, 60);
            int version = 1;
            long[] keystrokes = new long[requests];
            long keystrokeCpu = 0;
            for (int i = -warmup; i < requests; i++) {
                version++;
                Position at = new Position(line, 2);
                TextDocumentContentChangeEvent change = i % 2 == 0
                        ? new TextDocumentContentChangeEvent(new Range(at, at), "x")
                        : new TextDocumentContentChangeEvent(new Range(at, new Position(line, 3)), "");
                long sent = System.nanoTime();
                long cpuBefore = i >= 0 ? server.cpuMillis() : 0;
                documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
                server.awaitPublished("/task105.md", version, 60);
                if (i >= 0) {
                    keystrokes[i] = System.nanoTime() - sent;
                    keystrokeCpu += server.cpuMillis() - cpuBefore;
                }
            }
            server.drainPublished();
            long[] completions = new long[requests];
            Position inside = new Position(line, text.lines().skip(line).findFirst().orElse("").indexOf("{{ ") + 3);
            for (int i = -warmup; i < requests; i++) {
                long sent = System.nanoTime();
                ServerProcess.await(documents.completion(new CompletionParams(new TextDocumentIdentifier(uri), inside)), 60);
                if (i >= 0) {
                    completions[i] = System.nanoTime() - sent;
                }
            }
            String sharedUri = shared.toUri().toString();
            String sharedText = Files.readString(shared, StandardCharsets.UTF_8);
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(sharedUri, "markdown", 1, sharedText)));
            int pathLine = (int) sharedText.lines().takeWhile(l -> !l.startsWith("  path:")).count();
            long[] renames = new long[Math.max(1, requests / 20)];
            int edits = 0;
            for (int i = -2; i < renames.length; i++) {
                long sent = System.nanoTime();
                WorkspaceEdit edit = ServerProcess.await(documents.rename(new RenameParams(new TextDocumentIdentifier(sharedUri),
                        new Position(pathLine, 3), i % 2 == 0 ? "file" : "target")), 60);
                if (i >= 0) {
                    renames[i] = System.nanoTime() - sent;
                }
                edits = edit.getDocumentChanges().stream().mapToInt(change -> change.getLeft().getEdits().size()).sum();
            }
            System.out.printf(Locale.ROOT, "prompts templates=%d, rename edits=%d%n", templates, edits);
            System.out.printf(Locale.ROOT, "initialize -> diagnostics of the whole workspace (initial index): %.0f ms%n", indexNanos / 1e6);
            System.out.printf(Locale.ROOT, "server cpu: %d ms up to the initial index, %.2f ms per keystroke%n", indexCpu,
                    keystrokeCpu / (double) requests);
            System.out.println(Stats.summary("keystroke -> publishDiagnostics (ms)", keystrokes));
            System.out.println(Stats.summary("completion (ms)", completions));
            System.out.println(Stats.summary("rename of an input with every xprompt calling (ms)", renames));
        }
        return 0;
    }
}
