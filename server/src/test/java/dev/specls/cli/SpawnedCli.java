package dev.specls.cli;

import dev.specls.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code specls} as a process of its own (this JVM's java and class path, so no build is
 * needed), for what an in-process run cannot show: the exit status of a JVM that runs out of memory,
 * or a run that hangs and must be killed. {@code finished} is false when it was killed after the timeout.
 */
record SpawnedCli(boolean finished, int exitCode, String out, String err) {

    static SpawnedCli run(Path currentFolder, List<String> jvmOptions, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("specls-out", ".txt");
        Path err = Files.createTempFile("specls-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(currentFolder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            return new SpawnedCli(finished, finished ? process.exitValue() : -1,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        String head = out.length() > 2000 ? out.substring(0, 2000) + "…" : out;
        return (finished ? "exit " + exitCode : "killed after the timeout") + "\n--- stdout\n" + head + "--- stderr\n" + err;
    }
}
