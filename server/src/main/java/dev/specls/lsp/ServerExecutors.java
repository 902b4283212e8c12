package dev.specls.lsp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread the server runs on, bounded: lsp4j would otherwise start a cached pool and a thread
 * per asynchronous request. Threads are daemons so that a stuck task can never keep the process alive.
 */
final class ServerExecutors implements AutoCloseable {

    /** Requests only: a check, however long, never holds one up. */
    static final int WORKERS = 2;
    /** Two, so that a small file's diagnostics need not wait for a huge plan's check. */
    static final int CHECKERS = 2;
    /** Two, so that parsing a huge plan never holds up another file's mutation. */
    static final int PREPARERS = 2;
    /** A planning command waits on a model for minutes: it gets threads of its own, so requests and checks never wait behind it. */
    static final int PLANNERS = 2;

    private final ExecutorService protocol = Executors.newSingleThreadExecutor(named("specls-jsonrpc"));
    private final ExecutorService documents = Executors.newSingleThreadExecutor(named("specls-documents"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(named("specls-timers"));
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, named("specls-worker"));
    private final ExecutorService preparation = Executors.newFixedThreadPool(PREPARERS, named("specls-preparation"));
    private final ExecutorService checks = Executors.newFixedThreadPool(CHECKERS, named("specls-check"));
    private final ExecutorService planning = Executors.newFixedThreadPool(PLANNERS, named("specls-planning"));

    /** Reads and dispatches JSON-RPC messages: one long-running task for the whole session. */
    ExecutorService protocol() {
        return protocol;
    }

    /** Applies document notifications and publishes results, one at a time and in order. */
    ExecutorService documents() {
        return documents;
    }

    /** Debounce and watchdog timers; their tasks only hand work to the other executors. */
    ScheduledExecutorService timers() {
        return timers;
    }

    /** Requests. */
    ExecutorService workers() {
        return workers;
    }

    /** Checks for diagnostics, and turning their findings into diagnostics. */
    ExecutorService checks() {
        return checks;
    }

    /** The slow part of document mutations: applying changes to large texts, reading the disk, parsing. */
    ExecutorService preparation() {
        return preparation;
    }

    /** Planning commands, each waiting on a model's answer. */
    ExecutorService planning() {
        return planning;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        documents.shutdownNow();
        workers.shutdownNow();
        preparation.shutdownNow();
        checks.shutdownNow();
        planning.shutdownNow();
        protocol.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
