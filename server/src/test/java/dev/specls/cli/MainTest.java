package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Main does before any workspace is read: version, help, and refusing paths that do not exist. */
class MainTest {

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of(Path.of("."), "--version");
        assertEquals(0, run.exitCode());

        String version = run.out();
        assertTrue(version.matches("specls \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version);
    }

    @Test
    void helpNamesEveryCommandAndOption() {
        CliRun run = CliRun.of(Path.of("."), "--help");
        assertEquals(0, run.exitCode());

        String help = run.out();
        for (String word : List.of("check", "graph", "lsp", "help", "--version", "--help")) {
            assertTrue(help.contains(word), word);
        }
        assertEquals("", run.err());
    }

    @Test
    void helpOfOneCommandListsItsOptions() {
        CliRun run = CliRun.of(Path.of("."), "help", "check");
        assertEquals(0, run.exitCode());

        String help = run.out();
        for (String word : List.of("--format", "text", "json", "sarif", "github", "junit", "checkstyle", "--strict",
                "--exclude", "--no-ignore", "--allow-empty")) {
            assertTrue(help.contains(word), word);
        }
    }

    @Test
    void graphHelpListsItsFormats() {
        CliRun run = CliRun.of(Path.of("."), "graph", "--help");
        assertEquals(0, run.exitCode());

        String help = run.out();
        for (String word : List.of("--format", "json", "mermaid", "dot", "--exclude", "--no-ignore", "--allow-empty")) {
            assertTrue(help.contains(word), word);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "graph"})
    void aMissingPathIsNamedAndExitsTwo(String command, @TempDir Path currentFolder) {
        CliRun run = CliRun.of(currentFolder, command, ".", "no-such-folder");
        assertEquals(2, run.exitCode());

        assertEquals("specls: no such file or folder: no-such-folder\n", run.err());
        assertEquals("", run.out());
    }
}
