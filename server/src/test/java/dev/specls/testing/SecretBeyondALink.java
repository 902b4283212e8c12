package dev.specls.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A checkout as an attacker lays it out: {@code workspace/PLAN.md}, and beside the workspace a folder
 * {@code outside/} whose STATE.md holds a secret on a task line (state/name-mismatch would quote it back
 * in full). A test links the workspace's STATE.md to it and checks that the secret never shows.
 */
public record SecretBeyondALink(Path workspace, Path outside) {

    public static final String SECRET = "SECRET-TOKEN-4711";

    public static SecretBeyondALink in(Path root) throws IOException {
        Path workspace = Files.createDirectories(root.resolve("workspace"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(workspace.resolve("PLAN.md"), SamplePlans.DANGLING_DEPENDENCY, StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("STATE.md"), stateText(), StandardCharsets.UTF_8);
        return new SecretBeyondALink(workspace, outside);
    }

    /** The text of the STATE.md outside. */
    public static String stateText() {
        return "# STATE.md\n\n## Completed Tasks\n[✓] 1.1: " + SECRET + "\n";
    }

    /** {@code workspace/STATE.md}, a relative link to the STATE.md outside. */
    public Path linkState() throws IOException {
        return Files.createSymbolicLink(workspace.resolve("STATE.md"), Path.of("../outside/STATE.md"));
    }
}
