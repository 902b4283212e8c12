package dev.specls.lsp;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One server-initiated progress: {@code window/workDoneProgress/create}, then {@code $/progress}
 * begin, reports and end. Silent when the client cannot show progress or refused the token, so
 * callers report unconditionally.
 */
final class WorkDoneProgress {

    private static final WorkDoneProgress SILENT = new WorkDoneProgress(null, null);

    private final LanguageClient client;
    private final Either<String, Integer> token;

    private WorkDoneProgress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
    }

    static CompletableFuture<WorkDoneProgress> create(LanguageClient client, boolean clientShowsProgress) {
        if (!clientShowsProgress) {
            return CompletableFuture.completedFuture(SILENT);
        }
        Either<String, Integer> token = Either.forLeft("specls-" + UUID.randomUUID());
        return client.createProgress(new WorkDoneProgressCreateParams(token))
                .handle((ignored, refused) -> refused == null ? new WorkDoneProgress(client, token) : SILENT);
    }

    void begin(String title) {
        begin(title, false);
    }

    /** @param cancellable the editor offers a cancel button, which sends {@code window/workDoneProgress/cancel} with {@link #token()} */
    void begin(String title, boolean cancellable) {
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setPercentage(0);
        begin.setCancellable(cancellable);
        send(begin);
    }

    /** The token the editor names when it cancels, or {@code null} for a progress the editor does not show. */
    Either<String, Integer> token() {
        return token;
    }

    void report(String message, int percentage) {
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(message);
        report.setPercentage(percentage);
        send(report);
    }

    void end(String message) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(message);
        send(end);
    }

    private void send(WorkDoneProgressNotification notification) {
        if (client != null) {
            client.notifyProgress(new ProgressParams(token, Either.forLeft(notification)));
        }
    }
}
