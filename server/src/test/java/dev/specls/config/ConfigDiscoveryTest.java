package dev.specls.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.formats.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nearest {@code .specls.toml} governs a folder, as ruff finds its configuration; the search stops at a repository's root. */
class ConfigDiscoveryTest {

    @TempDir
    Path tree;

    private Path repository;

    private ConfigDiscovery discovery(UnaryOperator<Settings> overlay) throws IOException {
        repository = Files.createDirectories(tree.resolve("repo")).toAbsolutePath().normalize();
        Files.createDirectories(repository.resolve(".git"));
        return new ConfigDiscovery(overlay, file -> repository.relativize(file).toString(), Formats.BUILT_IN.fileKindNames());
    }

    @Test
    void theNearestFileWinsAndReplacesTheOnesAbove() throws IOException {
        ConfigDiscovery discovery = discovery(UnaryOperator.identity());
        write(".specls.toml", "[rules]\n\"plan/broad-task\" = \"off\"\n[diagnostics]\ndebounceMs = 5\n");
        write("docs/.specls.toml", "[rules]\n\"plan/cycle\" = \"hint\"\n");
        Files.createDirectories(repository.resolve("docs/deep/deeper"));
        Files.createDirectories(repository.resolve("src"));

        Settings root = discovery.forFolder(repository);
        Settings deep = discovery.forFolder(repository.resolve("docs/deep/deeper"));
        assertEquals(Map.of("plan/broad-task", "off"), root.ruleLevels());
        assertSame(root, discovery.forFolder(repository.resolve("src")), "a folder without a file has its parent's");
        assertEquals(Map.of("plan/cycle", "hint"), deep.ruleLevels(), "nothing of the root's file is merged in");
        assertEquals(Settings.DEFAULT_DEBOUNCE_MS, deep.debounceMs());
        assertEquals(repository.resolve("docs/.specls.toml"), deep.source());
    }

    @Test
    void theSearchStopsAtTheRepositoryRoot() throws IOException {
        ConfigDiscovery discovery = discovery(UnaryOperator.identity());
        Files.writeString(tree.resolve(".specls.toml"), "[diagnostics]\ndebounceMs = 7\n");
        Files.createDirectories(repository.resolve("a"));

        Settings inside = discovery.forFolder(repository.resolve("a"));
        assertNull(inside.source(), "the file above the repository does not apply inside it");
        assertEquals(Settings.DEFAULT_DEBOUNCE_MS, inside.debounceMs());
        assertEquals(7, discovery.forFolder(tree.toAbsolutePath().normalize()).debounceMs(), "outside, it does");
    }

    @Test
    void theOverlayLiesOverEveryFileAndOverTheDefaults() throws IOException {
        ConfigDiscovery discovery = discovery(settings -> SettingsLoader.merge(settings, Map.of("rules", Map.of("plan/cycle", "off")), Formats.BUILT_IN.fileKindNames()));
        write("specs/.specls.toml", "[rules]\n\"plan/cycle\" = \"error\"\n\"plan/broad-task\" = \"hint\"\n");

        assertEquals(Map.of("plan/cycle", "off", "plan/broad-task", "hint"), discovery.forFolder(repository.resolve("specs")).ruleLevels());
        assertEquals(Map.of("plan/cycle", "off"), discovery.forFolder(repository).ruleLevels());
        assertEquals(Map.of("plan/cycle", "off"), discovery.forFolder(null).ruleLevels());
    }

    @Test
    void eachFileIsToldOnceInTheOrderItWasRead() throws IOException {
        ConfigDiscovery discovery = discovery(UnaryOperator.identity());
        write("a/.specls.toml", "[rules]\n\"x\" = \"loud\"\n");
        write("b/.specls.toml", "colour = 1\n");

        discovery.forFolder(repository.resolve("b"));
        discovery.forFolder(repository.resolve("a"));
        discovery.forFolder(repository.resolve("b"));
        List<Settings> first = discovery.takeNewlyRead();
        assertEquals(3, first.size(), "the defaults, then b, then a");
        assertNull(first.get(0).source());
        assertTrue(first.get(1).problems().get(0).startsWith("b/.specls.toml: unknown key"), first.get(1).problems().toString());
        assertTrue(first.get(2).problems().get(0).startsWith("a/.specls.toml: rule"), first.get(2).problems().toString());
        assertEquals(List.of(), discovery.takeNewlyRead());
    }

    private void write(String relative, String text) throws IOException {
        Path file = repository.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
