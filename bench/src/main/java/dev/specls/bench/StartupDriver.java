package dev.specls.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spawn to initialize: starts {@code bin/specls lsp} again and again and times each from just before
 * the process is started until the {@code initialize} response is decoded, the wait an editor has
 * before the server answers, and reads the CPU time the server had used by then, which the load of a
 * shared machine disturbs less. With {@code --versus OTHER_LAUNCHER} the two launchers start in turns,
 * so that both see the same load. One unmeasured start of each first lets a launcher build and train
 * its class-data archive if it has to.
 */
final class StartupDriver {

    private StartupDriver() {
    }

    static int run(Options options) throws IOException {
        int runs = options.intOption("runs", 20);
        List<Path> launchers = new ArrayList<>();
        launchers.add(Path.of(options.option("launcher", "bin/specls")).toAbsolutePath());
        if (options.has("versus")) {
            launchers.add(Path.of(options.option("versus", null)).toAbsolutePath());
        }
        Path folder = Files.createTempDirectory("specls-startup-");
        try {
            PlanGenerator.generate(50, folder);
            for (Path launcher : launchers) {
                try (ServerProcess warm = ServerProcess.start(launcher)) {
                    warm.initialize(folder, LatencyDriver.NO_DEBOUNCE);
                }
            }
            long[][] nanos = new long[launchers.size()][runs];
            long[][] cpuNanos = new long[launchers.size()][runs];
            for (int i = 0; i < runs; i++) {
                for (int l = 0; l < launchers.size(); l++) {
                    try (ServerProcess server = ServerProcess.start(launchers.get(l))) {
                        server.initialize(folder, LatencyDriver.NO_DEBOUNCE);
                        nanos[l][i] = System.nanoTime() - server.startNanos;
                        cpuNanos[l][i] = server.cpuMillis() * 1_000_000;
                    }
                }
            }
            for (int l = 0; l < launchers.size(); l++) {
                System.out.printf(Locale.ROOT, "startup runs=%d launcher=%s%n", runs, launchers.get(l));
                System.out.println(Stats.summary("spawn -> initialize response (ms)", nanos[l]));
                System.out.println(Stats.summary("server cpu until the response, user + sys (ms, 10 ms ticks)", cpuNanos[l]));
            }
        } finally {
            LatencyDriver.deleteTree(folder);
        }
        return 0;
    }
}
