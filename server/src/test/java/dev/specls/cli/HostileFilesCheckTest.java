package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.specls.testing.SecretBeyondALink;
import dev.specls.testing.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specls check} on files that are not what their names say, as a checkout can hold them (git
 * stores symbolic links): links out of the workspace, links to devices, named pipes, a workspace reached
 * through a link. specls reads regular files only and follows no link below the folder it was given,
 * says so for every spec file it did not read, and never quotes what lies behind a link.
 */
class HostileFilesCheckTest {

    private static final String SECRET = SecretBeyondALink.SECRET;
    private static final long HANG_GUARD_SECONDS = 60;

    @TempDir
    Path folder;
    private SecretBeyondALink layout;
    private Path workspace;
    private Path outside;

    @BeforeEach
    void layOut() throws IOException {
        layout = SecretBeyondALink.in(folder);
        workspace = layout.workspace();
        outside = layout.outside();
    }

    @Test
    void aLinkOutOfTheWorkspaceIsNotReadAndTheReportSaysSo() throws IOException {
        layout.linkState();

        CliRun run = CliRun.of(folder, "check", "workspace");

        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run::toString);
        assertTrue(run.out().contains("workspace/STATE.md:1:1: warning workspace/unread-file specls did not read this file"), run::toString);
        assertTrue(run.out().contains("is a symbolic link"), run::toString);

        CliRun named = CliRun.of(folder, "check", "workspace/PLAN.md", "workspace/STATE.md");
        assertEquals(CommandLine.EXIT_USAGE, named.exitCode(), named::toString);
        assertFalse(named.out().contains(SECRET) || named.err().contains(SECRET), named::toString);
        assertTrue(named.err().contains("workspace/STATE.md: it is a symbolic link"), named::toString);
    }

    @Test
    void aLinkInsideTheWorkspaceIsNotFollowedEither() throws IOException {
        Path real = Files.createDirectories(workspace.resolve("real"));
        Files.writeString(real.resolve("STATE.md"), "# STATE.md\n\n## Completed Tasks\n[✓] 1.1: Create config\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(workspace.resolve("STATE.md"), Path.of("real/STATE.md"));
        Files.createSymbolicLink(workspace.resolve("linked-folder"), Path.of("real"));

        CliRun run = CliRun.of(folder, "check", "workspace");

        assertTrue(run.out().contains("workspace/STATE.md:1:1: warning workspace/unread-file"), run::toString);
        assertFalse(run.out().contains("workspace/linked-folder/"), "a linked folder is not scanned: " + run);
        assertTrue(run.err().contains("did not follow") && run.err().contains("linked-folder"), run::toString);
    }

    @Test
    void aWorkspaceNamedThroughALinkIsChecked() throws IOException {
        Files.createSymbolicLink(folder.resolve("link-to-workspace"), Path.of("workspace"));

        CliRun run = CliRun.of(folder, "check", "link-to-workspace");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("link-to-workspace/PLAN.md:"), run::toString);
        assertTrue(run.out().endsWith(" in 1 file\n"), run::toString);
    }

    /** Named on the command line, a file that specls will not read stops the run like a missing one (exit 2), never hangs or eats memory. */
    @Test
    void aNamedLinkToADeviceIsRefusedWithExitTwo() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Files.createSymbolicLink(workspace.resolve("zero.md"), Path.of("/dev/zero"));

        SpawnedCli run = SpawnedCli.run(folder, List.of("-Xmx256m"), HANG_GUARD_SECONDS, "check", "workspace/zero.md");

        assertEquals(CommandLine.EXIT_USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("workspace/zero.md: it is a symbolic link"), run::toString);
    }

    @Test
    void aNamedPipeIsRefusedWithExitTwoAndIsReportedInAFolder() throws Exception {
        Path pipe = workspace.resolve("pipe/PLAN.md");
        Files.createDirectories(pipe.getParent());
        assumeTrue(SpecialFiles.mkfifo(pipe), "needs mkfifo");

        SpawnedCli named = SpawnedCli.run(folder, List.of(), HANG_GUARD_SECONDS, "check", "workspace/pipe/PLAN.md");
        assertTrue(named.finished(), "a named pipe must not block the check: " + named);
        assertEquals(CommandLine.EXIT_USAGE, named.exitCode(), named::toString);
        assertTrue(named.err().contains("is not a regular file"), named::toString);

        CliRun scanned = CliRun.of(folder, "check", "workspace/pipe");
        assertTrue(scanned.out().contains("workspace/pipe/PLAN.md:1:1: warning workspace/unread-file"), scanned::toString);
    }

    @Test
    void aLinkedConfigurationIsNotRead() throws IOException {
        Files.writeString(outside.resolve(".specls.toml"), "[rules]\n\"plan/dangling-dependency\" = \"off\"\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(workspace.resolve(".specls.toml"), Path.of("../outside/.specls.toml"));

        CliRun run = CliRun.of(workspace, "check");

        assertTrue(run.err().contains(".specls.toml: not read, as it is a symbolic link"), run::toString);
        assertTrue(run.out().contains("plan/dangling-dependency"), "the linked settings did not apply: " + run);
    }
}
