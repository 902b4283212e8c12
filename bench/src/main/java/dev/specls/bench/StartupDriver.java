package dev.specls.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Spawn to initialize: starts {@code bin/specls lsp} again and again and times each from just before
 * the process is started until the {@code initialize} response is decoded, the wait an editor has
 * before the server answers. One unmeasured start first lets the launcher build and train its
 * class-data archive if it has to.
 */
final class StartupDriver {

    private StartupDriver() {
    }

    static int run(Options options) throws IOException {
        int runs = options.intOption("runs", 20);
        Path launcher = Path.of(options.option("launcher", "bin/specls")).toAbsolutePath();
        Path folder = Files.createTempDirectory("specls-startup-");
        try {
            PlanGenerator.generate(50, folder);
            try (ServerProcess warm = ServerProcess.start(launcher)) {
                warm.initialize(folder, LatencyDriver.NO_DEBOUNCE);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                try (ServerProcess server = ServerProcess.start(launcher)) {
                    server.initialize(folder, LatencyDriver.NO_DEBOUNCE);
                    nanos[i] = System.nanoTime() - server.startNanos;
                }
            }
            System.out.printf(Locale.ROOT, "startup runs=%d launcher=%s%n", runs, launcher);
            System.out.println(Stats.summary("spawn -> initialize response (ms)", nanos));
        } finally {
            LatencyDriver.deleteTree(folder);
        }
        return 0;
    }
}
