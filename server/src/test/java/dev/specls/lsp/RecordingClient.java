package dev.specls.lsp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor that records what the server sends and answers its requests. */
final class RecordingClient implements LanguageClient {

    private static final long TIMEOUT_SECONDS = 10;

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<PublishDiagnosticsParams> allDiagnostics = new CopyOnWriteArrayList<>();
    final List<MessageParams> logMessages = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<ConfigurationParams> configurationRequests = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
    /** What the editor answers to {@code workspace/configuration}: its {@code specls} section. */
    volatile Map<String, Object> configuration = Map.of();

    /** The next publication that matches, skipping others; fails after a timeout. */
    PublishDiagnosticsParams awaitDiagnostics(Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
        return awaitDiagnostics(wanted, TIMEOUT_SECONDS);
    }

    /** As {@link #awaitDiagnostics(Predicate)}, with a longer hang guard for work as large as a 20 MB file. */
    PublishDiagnosticsParams awaitDiagnostics(Predicate<PublishDiagnosticsParams> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            PublishDiagnosticsParams next = diagnostics.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no matching diagnostics; received " + allDiagnostics + "; log " + logMessages);
            }
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    PublishDiagnosticsParams awaitDiagnostics(String uri, Integer version) throws InterruptedException {
        return awaitDiagnostics(params -> params.getUri().equals(uri) && Objects.equals(params.getVersion(), version));
    }

    /** Forgets every publication and log message so far: a long fuzzing run would otherwise keep them all. */
    void clear() {
        diagnostics.clear();
        allDiagnostics.clear();
        logMessages.clear();
    }

    /** The first log message that matches, waiting for it if need be; fails after a timeout. */
    MessageParams awaitLog(Predicate<MessageParams> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            for (MessageParams message : logMessages) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no matching log message; received " + logMessages);
    }

    /** The next publication for this file, whatever its version. */
    PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
        return awaitDiagnostics(params -> params.getUri().equals(uri));
    }

    /** How many publications arrived so far, to wait for later ones in any order with {@link #awaitSince}. */
    int mark() {
        return allDiagnostics.size();
    }

    /** A publication after {@code mark} that matches, whatever arrived between. */
    PublishDiagnosticsParams awaitSince(int mark, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            // A copy: a view of the live list fails when a publication arrives while it is read.
            List<PublishDiagnosticsParams> all = List.copyOf(allDiagnostics);
            List<PublishDiagnosticsParams> since = all.subList(Math.min(mark, all.size()), all.size());
            for (PublishDiagnosticsParams published : since) {
                if (wanted.test(published)) {
                    return published;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no matching diagnostics; received " + allDiagnostics);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        allDiagnostics.add(params);
        diagnostics.add(params);
    }

    @Override
    public void logMessage(MessageParams message) {
        logMessages.add(message);
    }

    @Override
    public void showMessage(MessageParams message) {
        logMessages.add(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        appliedEdits.add(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        return CompletableFuture.completedFuture(List.of(configuration));
    }
}
