package dev.specls.lsp;

import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Keeps the document model in step with the editor and the disk, and publishes diagnostics.
 *
 * <p>Every mutation of the model, and every publication, runs on the one document thread, in the
 * order the notifications arrived. Checks run on the worker pool. Staleness uses a logical clock
 * owned by the document thread: each mutation stamps the files it can affect with a new tick, and
 * a check remembers the tick it started at; a file stamped later than that gets its result from a
 * later check, so this one is dropped for it. Because stamping and publishing share the thread, no
 * mutation can slip between the freshness test and the publication.
 */
final class DocumentSync {

    private final DocumentModel model;
    private final ServerExecutors executors;
    private final ServerLog log;
    private volatile LanguageClient client;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;
    private volatile int debounceMs = Settings.DEFAULT_DEBOUNCE_MS;
    private volatile boolean accepting = true;

    // Confined to the document thread.
    private final Set<URI> openDocuments = new HashSet<>();
    private final Map<URI, Long> stamps = new HashMap<>();
    private final Set<URI> withDiagnostics = new HashSet<>();
    private final Map<URI, PendingCheck> pendingChecks = new HashMap<>();
    private long clock;
    private long everythingChangedAt;

    /** A debounced check of the files a burst of changes to one document affected. */
    private record PendingCheck(Set<URI> targets, ScheduledFuture<?> timer) {
    }

    DocumentSync(DocumentModel model, ServerExecutors executors, ServerLog log) {
        this.model = model;
        this.executors = executors;
        this.log = log;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    void setEncoding(PositionEncoding encoding) {
        this.encoding = encoding;
    }

    /** Ignores every later notification and drops pending timers; the session is ending. */
    void stopAccepting() {
        accepting = false;
        executors.documents().execute(() -> {
            pendingChecks.values().forEach(pending -> pending.timer().cancel(false));
            pendingChecks.clear();
        });
    }

    /**
     * Resolves settings on the document thread (it may read the disk) and re-checks everything under them.
     *
     * @param debounceFolder     the folder whose settings give the debounce (the first workspace folder), or {@code null}
     * @param filesOnDiskChanged a configuration or gitignore file changed, so the folders are read again
     */
    void applySettings(Supplier<SettingsLookup> settings, Path debounceFolder, boolean filesOnDiskChanged) {
        run("apply settings", () -> {
            SettingsLookup resolved = settings.get();
            model.setSettings(resolved, filesOnDiskChanged);
            debounceMs = resolved.forFolder(debounceFolder).debounceMs();
            reportConfigurationProblems();
            everythingChangedAt = ++clock;
            checkAll(() -> { });
        });
    }

    /** Logs the problems of configuration files read since the last report: scans and new buffers can find more of them. */
    private void reportConfigurationProblems() {
        model.configurationProblems().forEach(problem -> log.warn("configuration: " + problem));
    }

    void scan(List<Path> folders, WorkDoneProgress progress) {
        run("scan the workspace", () -> {
            progress.begin("Reading spec files");
            for (int i = 0; i < folders.size(); i++) {
                progress.report(String.valueOf(folders.get(i).getFileName()), i * 100 / folders.size());
                model.addFolder(folders.get(i));
            }
            reportConfigurationProblems();
            everythingChangedAt = ++clock;
            progress.report("Checking", 100);
            checkAll(() -> progress.end(withDiagnostics.size() + " files with findings"));
        });
    }

    void opened(URI uri, int version, String languageId, String text) {
        run("open " + uri, () -> {
            openDocuments.add(uri);
            checkNow(uri, mutate(uri, () -> model.open(uri, version, languageId, text)));
            reportConfigurationProblems();
        });
    }

    void changed(URI uri, int version, List<TextDocumentContentChangeEvent> changes) {
        run("change " + uri, () -> {
            SourceFile current = model.file(uri);
            if (current == null || !openDocuments.contains(uri)) {
                log.warn("ignored a change to " + uri + ", which is not open");
                return;
            }
            String text = ContentChanges.apply(current.text(), current.lineIndex(), changes, encoding);
            checkLater(uri, mutate(uri, () -> model.change(uri, version, text)));
        });
    }

    /** The file's disk findings replace the buffer's, or its diagnostics are cleared when it leaves the model. */
    void closed(URI uri) {
        run("close " + uri, () -> {
            openDocuments.remove(uri);
            checkNow(uri, mutate(uri, () -> model.close(uri)));
        });
    }

    void saved(URI uri) {
        run("save " + uri, () -> {
            Set<URI> targets = new LinkedHashSet<>(model.affectedBy(uri));
            targets.add(uri);
            checkNow(uri, targets);
        });
    }

    void diskChanged(URI uri) {
        run("reload " + uri, () -> {
            checkNow(uri, mutate(uri, () -> model.diskChanged(uri)));
            reportConfigurationProblems();
        });
    }

    void diskDeleted(URI uri) {
        run("forget " + uri, () -> checkNow(uri, mutate(uri, () -> model.diskDeleted(uri))));
    }

    private void run(String what, Runnable task) {
        if (!accepting) {
            return;
        }
        executors.documents().execute(() -> {
            if (!accepting) {
                // Queued before shutdown: the worker pool may already be gone.
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("failed to " + what, e);
            }
        });
    }

    /**
     * Applies one mutation and stamps every file it can affect, before or after: a file may join or
     * leave a spec set. Returns those files, the changed one included.
     */
    private Set<URI> mutate(URI uri, Runnable mutation) {
        Set<URI> affected = new LinkedHashSet<>();
        affected.add(uri);
        affected.addAll(model.affectedBy(uri));
        mutation.run();
        affected.addAll(model.affectedBy(uri));
        long now = ++clock;
        affected.forEach(file -> stamps.put(file, now));
        return affected;
    }

    private void checkLater(URI changed, Set<URI> targets) {
        if (debounceMs <= 0) {
            checkNow(changed, targets);
            return;
        }
        Set<URI> merged = new LinkedHashSet<>(targets);
        PendingCheck previous = pendingChecks.remove(changed);
        if (previous != null) {
            previous.timer().cancel(false);
            merged.addAll(previous.targets());
        }
        ScheduledFuture<?> timer = executors.timers().schedule(() -> run("check " + changed, () -> {
            // A timer that fired just before a newer change replaced it finds another set there and does nothing.
            PendingCheck current = pendingChecks.get(changed);
            if (current != null && current.targets() == merged) {
                pendingChecks.remove(changed);
                check(merged);
            }
        }), debounceMs, TimeUnit.MILLISECONDS);
        pendingChecks.put(changed, new PendingCheck(merged, timer));
    }

    private void checkNow(URI changed, Set<URI> targets) {
        Set<URI> merged = new LinkedHashSet<>(targets);
        PendingCheck pending = pendingChecks.remove(changed);
        if (pending != null) {
            pending.timer().cancel(false);
            merged.addAll(pending.targets());
        }
        check(merged);
    }

    /** Checks the targets' spec sets and publishes every target, a clean or vanished one with no diagnostics. */
    private void check(Set<URI> targets) {
        long startedAt = clock;
        CompletableFuture.supplyAsync(() -> {
            Map<URI, List<Finding>> findings = new LinkedHashMap<>();
            for (URI target : targets) {
                if (!findings.containsKey(target)) {
                    findings.putAll(model.check(target));
                }
            }
            targets.forEach(target -> findings.putIfAbsent(target, List.of()));
            return findings;
        }, executors.workers()).thenAcceptAsync(findings -> publishFresh(findings, startedAt), executors.documents())
                .exceptionally(error -> logFailure("check " + targets, error));
    }

    /** Publishes every file with findings and clears every file that had diagnostics but has none now. */
    private void checkAll(Runnable afterPublishing) {
        long startedAt = clock;
        CompletableFuture.supplyAsync(model::checkAll, executors.workers()).thenAcceptAsync(all -> {
            Map<URI, List<Finding>> changedFiles = new LinkedHashMap<>();
            all.forEach((uri, findings) -> {
                if (!findings.isEmpty() || withDiagnostics.contains(uri)) {
                    changedFiles.put(uri, findings);
                }
            });
            for (URI previous : new ArrayList<>(withDiagnostics)) {
                changedFiles.putIfAbsent(previous, List.of());
            }
            publishFresh(changedFiles, startedAt);
            afterPublishing.run();
        }, executors.documents()).exceptionally(error -> logFailure("check the workspace", error));
    }

    private Void logFailure(String what, Throwable error) {
        if (accepting) {
            log.error("failed to " + what, error);
        }
        return null;
    }

    private void publishFresh(Map<URI, List<Finding>> findings, long startedAt) {
        if (!accepting || everythingChangedAt > startedAt) {
            return;
        }
        findings.forEach((uri, fileFindings) -> {
            if (stamps.getOrDefault(uri, 0L) <= startedAt) {
                publish(uri, fileFindings);
            }
        });
    }

    private void publish(URI uri, List<Finding> findings) {
        SourceFile file = model.file(uri);
        List<Diagnostic> diagnostics = file == null ? List.of()
                : Diagnostics.of(findings, file.lineIndex(), encoding, other -> {
                    SourceFile otherFile = model.file(other);
                    return otherFile == null ? null : otherFile.lineIndex();
                });
        Integer version = file != null && openDocuments.contains(uri) ? file.snapshot().version() : null;
        if (diagnostics.isEmpty()) {
            withDiagnostics.remove(uri);
        } else {
            withDiagnostics.add(uri);
        }
        LanguageClient connected = client;
        if (connected != null) {
            connected.publishDiagnostics(new PublishDiagnosticsParams(uri.toString(), diagnostics, version));
        }
    }
}
