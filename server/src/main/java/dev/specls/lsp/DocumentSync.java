package dev.specls.lsp;

import dev.specls.check.Finding;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Snapshot;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Uris;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Keeps the document model in step with the editor and the disk, and publishes diagnostics.
 *
 * <p>Notifications are taken in order on the one document thread, which only keeps books: the slow
 * part of each mutation (applying a change to a large text, reading the disk, parsing) is prepared on
 * the preparation threads and then applied on the document thread, in a moment. Each mutation of a
 * file gets a generation; a prepared mutation that a later one of the same file overtook is dropped, so
 * a burst of keystrokes on a large plan parses only what is still current. Until a file's newest
 * mutation is applied it is pending, and requests about that file or its spec set wait for it
 * ({@link #settled}); requests about other files do not, so a 20 MB plan being parsed delays no hover
 * elsewhere.
 *
 * <p>Checks run on the worker pool, which also turns findings into diagnostics. Staleness uses a
 * logical clock owned by the document thread: each applied mutation stamps the files it can affect
 * with a new tick, and a check remembers the tick it started at; a file stamped later than that gets
 * its result from a later check, so this one is dropped for it. Because stamping and publishing share
 * the thread, no mutation can slip between the freshness test and the publication.
 */
final class DocumentSync {

    private static final LineIndex NO_TEXT = LineIndex.of("");

    private final DocumentModel model;
    private final ServerExecutors executors;
    private final ServerLog log;
    private volatile LanguageClient client;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;
    private volatile int debounceMs = Settings.DEFAULT_DEBOUNCE_MS;
    private volatile boolean accepting = true;
    /** The generation of each file's newest mutation, read by preparations to skip work that a later one replaces. */
    private final Map<URI, Long> newest = new ConcurrentHashMap<>();

    // Confined to the document thread.
    /** The text of each open document as the editor has it, possibly still being computed from the changes. */
    private final Map<URI, CompletableFuture<Snapshot>> buffers = new HashMap<>();
    private final Map<URI, Pending> pending = new HashMap<>();
    private final Set<CompletableFuture<Void>> pendingScans = new HashSet<>();
    private final Map<URI, Long> stamps = new HashMap<>();
    private final Set<URI> withDiagnostics = new HashSet<>();
    /** What was last sent for each file, so that an unchanged result is not sent again. Document thread only. */
    private final Map<URI, Publication> published = new HashMap<>();
    /** The last phase review's findings by file, shown beside the rules' findings until the next review replaces them. */
    private final Map<URI, List<Diagnostic>> reviewFindings = new HashMap<>();
    /** The rules' last findings of each file, before a review's are added: a new review is shown beside them. */
    private final Map<URI, Publication> lastChecked = new HashMap<>();
    private final Map<URI, PendingCheck> pendingChecks = new HashMap<>();
    private final Map<URI, QueuedCheck> queuedChecks = new HashMap<>();
    /** The last preparation of each file: the next waits for it, so one file is never parsed twice at once. */
    private final Map<URI, CompletableFuture<Void>> preparing = new HashMap<>();
    private final Set<String> loggedDiskProblems = new HashSet<>();
    private long clock;
    private long everythingChangedAt;
    private long mutations;

    /** A debounced check of the files a burst of changes to one document affected. */
    private record PendingCheck(Set<URI> targets, ScheduledFuture<?> timer) {
    }

    /** A file whose newest mutation is still being prepared; settles when that one is applied. */
    private static final class Pending {
        long generation;
        final CompletableFuture<Void> settled = new CompletableFuture<>();
    }

    /** What to publish for one file, made on a worker. */
    private record Publication(List<Diagnostic> diagnostics, Integer version) {
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
            pending.values().forEach(entry -> entry.settled.complete(null));
            pending.clear();
            pendingScans.forEach(scan -> scan.complete(null));
            pendingScans.clear();
        });
    }

    /**
     * On the document thread: completes once every mutation received so far of {@code uri} and of the files
     * in its folder (its spec sets), and every scan, is applied. {@code null} waits for every file.
     */
    CompletableFuture<Void> settled(URI uri) {
        List<CompletableFuture<Void>> waits = new ArrayList<>(pendingScans);
        Path folder = uri == null ? null : folderOf(uri);
        pending.forEach((file, entry) -> {
            if (uri == null || file.equals(uri) || (folder != null && folder.equals(folderOf(file)))) {
                waits.add(entry.settled);
            }
        });
        return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new));
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

    /** Reads the folders on a preparation thread; requests wait for the scan, then everything is checked. */
    void scan(List<Path> folders, WorkDoneProgress progress) {
        run("scan the workspace", () -> {
            CompletableFuture<Void> scanned = new CompletableFuture<>();
            pendingScans.add(scanned);
            progress.begin("Reading spec files");
            CompletableFuture.runAsync(() -> {
                List<DocumentModel.Mutation> prepared = new ArrayList<>();
                for (int i = 0; i < folders.size() && accepting; i++) {
                    progress.report(String.valueOf(folders.get(i).getFileName()), i * 100 / folders.size());
                    try {
                        prepared.add(model.prepareAddFolder(folders.get(i)));
                    } catch (RuntimeException | StackOverflowError failure) {
                        log.error("failed to read " + folders.get(i), failure);
                    }
                }
                run("scan the workspace", () -> {
                    try {
                        prepared.forEach(DocumentModel.Mutation::apply);
                        logNewDiskProblems();
                        reportConfigurationProblems();
                    } finally {
                        pendingScans.remove(scanned);
                        scanned.complete(null);
                    }
                    everythingChangedAt = ++clock;
                    progress.report("Checking", 100);
                    checkAll(() -> progress.end(withDiagnostics.size() + " files with findings"));
                });
            }, executors.preparation()).exceptionally(error -> logFailure("scan the workspace", error));
        });
    }

    void opened(URI uri, int version, String languageId, String text) {
        run("open " + uri, () -> {
            CompletableFuture<Snapshot> buffer = CompletableFuture.completedFuture(new Snapshot(uri, version, text));
            buffers.put(uri, buffer);
            prepare("open " + uri, uri, buffer, opened -> model.prepareOpen(uri, version, languageId, text), this::checkNow);
        });
    }

    void changed(URI uri, int version, List<TextDocumentContentChangeEvent> changes) {
        run("change " + uri, () -> {
            CompletableFuture<Snapshot> previous = buffers.get(uri);
            if (previous == null) {
                log.warn("ignored a change to " + uri + ", which is not open");
                return;
            }
            PositionEncoding changeEncoding = encoding;
            // Every change applies, in order, to the text the one before left; only the parsing may be skipped.
            CompletableFuture<Snapshot> next = previous.thenApplyAsync(before -> {
                try {
                    return new Snapshot(uri, version, ContentChanges.apply(before.text(), before.lineIndex(), changes, changeEncoding));
                } catch (RuntimeException failure) {
                    log.error("failed to apply a change to " + uri, failure);
                    return before;
                }
            }, executors.preparation());
            buffers.put(uri, next);
            prepare("change " + uri, uri, next, changed -> model.prepareChange(uri, changed.version(), changed.text()), this::checkLater);
        });
    }

    /** The file's disk findings replace the buffer's, or its diagnostics are cleared when it leaves the model. */
    void closed(URI uri) {
        run("close " + uri, () -> {
            buffers.remove(uri);
            prepare("close " + uri, uri, CompletableFuture.completedFuture(null), ignored -> model.prepareClose(uri), this::checkNow);
        });
    }

    /** Checks at once, without the debounce, once the changes sent before the save are applied. */
    void saved(URI uri) {
        run("save " + uri, () -> settled(uri).thenRun(() -> run("save " + uri, () -> {
            Set<URI> targets = new LinkedHashSet<>(model.affectedBy(uri));
            targets.add(uri);
            checkNow(uri, targets);
        })));
    }

    void diskChanged(URI uri) {
        run("reload " + uri, () -> prepare("reload " + uri, uri, CompletableFuture.completedFuture(null),
                ignored -> model.prepareDiskChanged(uri), this::checkNow));
    }

    void diskDeleted(URI uri) {
        run("forget " + uri, () -> prepare("forget " + uri, uri, CompletableFuture.completedFuture(null),
                ignored -> model.prepareDiskDeleted(uri), this::checkNow));
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
            } catch (RuntimeException | StackOverflowError e) {
                log.error("failed to " + what, e);
            }
        });
    }

    /**
     * On the document thread: starts a mutation of {@code uri}. Once {@code input} is ready, a preparation
     * thread prepares it, unless a later mutation of the file has come in since; the document thread then
     * applies it, unless one has come in meanwhile, and hands the files it affected to {@code afterApplying}.
     */
    private <T> void prepare(String what, URI uri, CompletableFuture<T> input, Function<T, DocumentModel.Mutation> preparation,
            BiConsumer<URI, Set<URI>> afterApplying) {
        long generation = ++mutations;
        newest.put(uri, generation);
        pending.computeIfAbsent(uri, ignored -> new Pending()).generation = generation;
        // A scan that came first is applied first, as the notifications came; the preparations of different
        // files overlap, those of one file follow each other, so a burst of changes parses only the last.
        CompletableFuture<Void> scansBefore = CompletableFuture.allOf(pendingScans.toArray(CompletableFuture[]::new));
        CompletableFuture<?> previous = preparing.getOrDefault(uri, CompletableFuture.completedFuture(null));
        CompletableFuture<DocumentModel.Mutation> prepared = input.thenCombine(previous, (value, ignored) -> value).thenApplyAsync(value -> {
            if (!accepting || newest.get(uri) != generation) {
                return null;
            }
            try {
                return preparation.apply(value);
            } catch (RuntimeException | StackOverflowError failure) {
                log.error("failed to " + what, failure);
                return null;
            }
        }, executors.preparation());
        // Only the fact that it ended: the prepared mutation itself holds a parsed file and must not be kept.
        preparing.put(uri, prepared.handle((mutation, error) -> null));
        prepared.thenCombine(scansBefore, (mutation, scanned) -> mutation).thenAccept(mutation -> {
            if (newest.get(uri) == generation) {
                run(what, () -> applyPrepared(uri, generation, mutation, afterApplying));
            }
        }).exceptionally(error -> logFailure(what, error));
    }

    private void applyPrepared(URI uri, long generation, DocumentModel.Mutation mutation, BiConsumer<URI, Set<URI>> afterApplying) {
        Pending entry = pending.get(uri);
        if (entry == null || entry.generation != generation) {
            return;
        }
        pending.remove(uri);
        try {
            if (mutation != null) {
                afterApplying.accept(uri, mutate(uri, mutation::apply));
                // A new buffer or file may have brought in a configuration file not read before.
                reportConfigurationProblems();
            }
        } finally {
            entry.settled.complete(null);
        }
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
        logNewDiskProblems();
        return affected;
    }

    /** Each problem with the disk once, while it lasts: a linked folder that is not followed, a file too large to read. */
    private void logNewDiskProblems() {
        Collection<String> current = model.diskProblems();
        current.stream().filter(loggedDiskProblems::add).forEach(log::warn);
        loggedDiskProblems.retainAll(current);
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
                check(changed, merged);
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
        check(changed, merged);
    }

    /**
     * Checks the targets' spec sets and publishes every target, a clean or vanished one with no
     * diagnostics. A check of the same file that is queued and not started yet takes these targets too,
     * with the later start tick: a burst of changes to a huge plan queues one check, not one per change.
     */
    private void check(URI changed, Set<URI> targets) {
        long startedAt = clock;
        QueuedCheck queued = queuedChecks.get(changed);
        if (queued != null && queued.join(targets, startedAt)) {
            return;
        }
        QueuedCheck fresh = new QueuedCheck(targets, startedAt);
        queuedChecks.put(changed, fresh);
        PositionEncoding checkEncoding = encoding;
        CompletableFuture.supplyAsync(() -> {
            QueuedCheck.Taken taken = fresh.take();
            Map<URI, List<Finding>> findings = new LinkedHashMap<>();
            for (URI target : taken.targets()) {
                if (!findings.containsKey(target)) {
                    findings.putAll(model.check(target));
                }
            }
            taken.targets().forEach(target -> findings.putIfAbsent(target, List.of()));
            return Map.entry(taken.startedAt(), publications(findings, checkEncoding));
        }, executors.checks()).thenAcceptAsync(result -> {
            queuedChecks.remove(changed, fresh);
            publishFresh(result.getValue(), result.getKey());
        }, executors.documents()).exceptionally(error -> logFailure("check " + targets, error));
    }

    /** A check handed to the pool: until a checker takes it, later checks of the same file join it. */
    private static final class QueuedCheck {
        record Taken(Set<URI> targets, long startedAt) {
        }

        private final Set<URI> targets;
        private long startedAt;
        private boolean taken;

        QueuedCheck(Set<URI> targets, long startedAt) {
            this.targets = new LinkedHashSet<>(targets);
            this.startedAt = startedAt;
        }

        /** Adds targets unless a checker took the check already; false then, and the caller queues another. */
        synchronized boolean join(Set<URI> more, long laterStart) {
            if (taken) {
                return false;
            }
            targets.addAll(more);
            startedAt = laterStart;
            return true;
        }

        synchronized Taken take() {
            taken = true;
            return new Taken(Set.copyOf(targets), startedAt);
        }
    }

    /** Publishes every file with findings and clears every file that had diagnostics but has none now. */
    private void checkAll(Runnable afterPublishing) {
        long startedAt = clock;
        PositionEncoding checkEncoding = encoding;
        CompletableFuture.supplyAsync(() -> publications(model.checkAll(), checkEncoding), executors.checks()).thenAcceptAsync(all -> {
            Map<URI, Publication> changedFiles = new LinkedHashMap<>();
            // Open documents always: a check of one that this run overtook was dropped, and the editor waits for its version.
            all.forEach((uri, publication) -> {
                if (!publication.diagnostics().isEmpty() || withDiagnostics.contains(uri) || buffers.containsKey(uri)) {
                    changedFiles.put(uri, publication);
                }
            });
            for (URI previous : new ArrayList<>(withDiagnostics)) {
                changedFiles.putIfAbsent(previous, new Publication(List.of(), null));
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

    /**
     * On a worker: the diagnostics of each file, placed with the line index of the model's current version.
     * Should that version be newer than the one checked, a mutation stamped the file after the check
     * started, and {@link #publishFresh} drops the result anyway.
     */
    private Map<URI, Publication> publications(Map<URI, List<Finding>> findings, PositionEncoding publishedEncoding) {
        Map<URI, Publication> publications = new LinkedHashMap<>();
        findings.forEach((uri, fileFindings) -> {
            SourceFile file = model.file(uri);
            // A file the model does not hold has findings only when it was not read (a link, a pipe): they sit at its top.
            // A clean file needs no line index: a keystroke in a clean plan does not scan its text for lines.
            LineIndex lines = file == null || fileFindings.isEmpty() ? NO_TEXT : file.lineIndex();
            List<Diagnostic> diagnostics = Diagnostics.of(fileFindings, lines, publishedEncoding, other -> {
                SourceFile otherFile = model.file(other);
                return otherFile == null ? null : otherFile.lineIndex();
            });
            Integer version = file == null || file.snapshot().version() < 0 ? null : file.snapshot().version();
            publications.put(uri, new Publication(diagnostics, version));
        });
        return publications;
    }

    private void publishFresh(Map<URI, Publication> publications, long startedAt) {
        if (!accepting || everythingChangedAt > startedAt) {
            return;
        }
        publications.forEach((uri, publication) -> {
            if (stamps.getOrDefault(uri, 0L) <= startedAt) {
                publish(uri, publication);
            }
        });
    }

    /** Shows a phase review's findings (source {@code specls-review}) in place of the previous review's, beside each file's own. */
    void showReview(Map<URI, List<Diagnostic>> findings) {
        run("show review", () -> {
            Set<URI> touched = new LinkedHashSet<>(reviewFindings.keySet());
            touched.addAll(findings.keySet());
            reviewFindings.clear();
            reviewFindings.putAll(findings);
            touched.forEach(uri -> publish(uri, lastChecked.getOrDefault(uri, new Publication(List.of(), null))));
        });
    }

    /** Sends the file's diagnostics, with the last review's, unless the editor already has exactly these for exactly this version. */
    private void publish(URI uri, Publication checked) {
        lastChecked.put(uri, checked);
        List<Diagnostic> reviewed = reviewFindings.get(uri);
        Publication publication = reviewed == null ? checked : new Publication(concat(checked.diagnostics(), reviewed), checked.version());
        if (publication.diagnostics().isEmpty()) {
            withDiagnostics.remove(uri);
        } else {
            withDiagnostics.add(uri);
        }
        Publication sent = new Publication(publication.diagnostics(), buffers.containsKey(uri) ? publication.version() : null);
        LanguageClient connected = client;
        if (connected != null && !sent.equals(published.put(uri, sent))) {
            connected.publishDiagnostics(new PublishDiagnosticsParams(uri.toString(), sent.diagnostics(), sent.version()));
        }
    }

    private static Path folderOf(URI uri) {
        Path path = Uris.toPath(uri);
        return path == null ? null : path.getParent();
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
