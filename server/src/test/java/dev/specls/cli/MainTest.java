package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Main does before any workspace is read: version, help, and refusing paths that do not exist. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path currentFolder, String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), currentFolder);
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals(0, run(Path.of("."), "--version"));

        String version = out.toString(StandardCharsets.UTF_8);
        assertTrue(version.matches("specls \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version);
    }

    @Test
    void helpNamesEveryCommandAndOption() {
        assertEquals(0, run(Path.of("."), "--help"));

        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("check", "graph", "lsp", "help", "--version", "--help")) {
            assertTrue(help.contains(word), word);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpOfOneCommandListsItsOptions() {
        assertEquals(0, run(Path.of("."), "help", "check"));

        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("--format", "text", "json", "sarif", "github", "--strict")) {
            assertTrue(help.contains(word), word);
        }
    }

    @Test
    void graphHelpListsItsFormats() {
        assertEquals(0, run(Path.of("."), "graph", "--help"));

        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("--format", "json", "mermaid", "dot")) {
            assertTrue(help.contains(word), word);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "graph"})
    void aMissingPathIsNamedAndExitsTwo(String command, @TempDir Path currentFolder) {
        assertEquals(2, run(currentFolder, command, ".", "no-such-folder"));

        assertEquals("specls: no such file or folder: no-such-folder\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
