package dev.specls.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.formats.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    private static final List<String> KINDS = Formats.BUILT_IN.fileKindNames();

    @TempDir
    Path folder;

    private static List<RootedGlob> rooted(Path base, String... patterns) {
        return java.util.Arrays.stream(patterns).map(pattern -> new RootedGlob(pattern, base)).toList();
    }

    @Test
    void readsEverySection() {
        Settings settings = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = "off"
                "plan/cycle" = "Warning"
                [files]
                plan = ["plans/*.md"]
                prompt = ["prompts/**/*.txt", "x.tmpl"]
                planByContent = ["docs/*.md"]
                exclude = ["fixtures/", "!fixtures/keep/"]
                respectGitignore = false
                [diagnostics]
                debounceMs = 350
                """, KINDS);
        assertEquals(Map.of("plan/broad-task", "off", "plan/cycle", "warning"), settings.ruleLevels());
        assertEquals(Map.of("plan", rooted(null, "plans/*.md"), "prompt", rooted(null, "prompts/**/*.txt", "x.tmpl")),
                settings.files().kinds());
        assertEquals(rooted(null, "docs/*.md"), settings.files().planByContent());
        assertEquals(rooted(null, "fixtures/", "!fixtures/keep/"), settings.files().exclude());
        assertFalse(settings.files().respectGitignore());
        assertEquals(350, settings.debounceMs());
        assertEquals(List.of(), settings.problems());
        assertNull(settings.source());
    }

    @Test
    void emptyTextGivesDefaults() {
        assertEquals(Settings.defaults(), SettingsLoader.fromToml("", KINDS));
        assertTrue(Settings.defaults().files().respectGitignore());
    }

    @Test
    void syntaxErrorCostsOnlyItsSection() {
        Settings settings = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = off
                [diagnostics]
                debounceMs = 50
                """, KINDS);
        assertEquals(50, settings.debounceMs());
        assertEquals(Map.of(), settings.ruleLevels());
        assertEquals(1, settings.problems().size());
        assertTrue(settings.problems().get(0).contains("not valid TOML"), settings.problems().get(0));
    }

    @Test
    void badValuesAreReportedAndSkipped() {
        Settings settings = SettingsLoader.fromToml("""
                colour = "blue"
                [rules]
                "plan/broad-task" = "loud"
                "plan/cycle" = "error"
                [files]
                plans = ["a.md"]
                state = 3
                exclude = [1]
                respectGitignore = "yes"
                [diagnostics]
                debounceMs = -5
                delay = 1
                """, KINDS);
        assertEquals(Map.of("plan/cycle", "error"), settings.ruleLevels());
        assertEquals(FileSettings.defaults(), settings.files());
        assertEquals(Settings.DEFAULT_DEBOUNCE_MS, settings.debounceMs());
        List<String> problems = settings.problems();
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"colour\"")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"loud\"") && p.contains("error, warning, information, hint, off")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"plans\"") && p.contains("planByContent, exclude, respectGitignore")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("files.state")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("files.exclude")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("files.respectGitignore must be true or false")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("debounceMs") && p.contains("-5")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("diagnostics.delay")));
    }

    @Test
    void clientSettingsOverrideTheFileEntryByEntryAndAddExcludes() {
        Path base = folder.toAbsolutePath();
        Settings file = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = "off"
                "plan/cycle" = "error"
                [files]
                plan = ["plans/*.md"]
                state = ["status/*.md"]
                exclude = ["fixtures/"]
                """, KINDS);
        Map<String, Object> client = Map.of(
                "rules", Map.of("plan/cycle", "hint"),
                "files", Map.of("plan", List.of("docs/*.md"), "exclude", List.of("vendor/"), "respectGitignore", false),
                "diagnostics", Map.of("debounceMs", 0.0));
        Settings merged = SettingsLoader.merge(file, client, KINDS);
        assertEquals(Map.of("plan/broad-task", "off", "plan/cycle", "hint"), merged.ruleLevels());
        assertEquals(Map.of("plan", rooted(null, "docs/*.md"), "state", rooted(null, "status/*.md")), merged.files().kinds());
        assertEquals(rooted(null, "fixtures/", "vendor/"), merged.files().exclude(), "the file's excludes, then the editor's");
        assertFalse(merged.files().respectGitignore());
        assertEquals(0, merged.debounceMs());
        assertEquals(List.of(), merged.problems());
        assertTrue(base.isAbsolute());
    }

    @Test
    void clientProblemsNameTheirSource() {
        Settings merged = SettingsLoader.merge(Settings.defaults(), Map.of("diagnostics", Map.of("debounceMs", 1.5), "rules", "all",
                "extend", "../x.toml"), KINDS);
        assertEquals(3, merged.problems().size(), merged.problems().toString());
        assertTrue(merged.problems().stream().allMatch(p -> p.startsWith("client setting specls")));
        assertEquals(Settings.defaults(), SettingsLoader.merge(Settings.defaults(), null, KINDS));
    }

    @Test
    void aFilesGlobsAreRelativeToItsFolderAndProblemsUseItsName() throws IOException {
        Path config = write("sub/.specls.toml", "[files]\nplan = [\"plans/*.md\"]\nexclude = \"build/\"\n[rules]\n\"x\" = \"loud\"\n");
        Settings settings = SettingsLoader.loadFile(config, file -> "sub/.specls.toml", KINDS);

        Path sub = folder.resolve("sub").toAbsolutePath().normalize();
        assertEquals(Map.of("plan", rooted(sub, "plans/*.md")), settings.files().kinds());
        assertEquals(rooted(sub, "build/"), settings.files().exclude());
        assertEquals(config.toAbsolutePath().normalize(), settings.source());
        assertEquals(1, settings.problems().size());
        assertTrue(settings.problems().get(0).startsWith("sub/.specls.toml: rule \"x\""), settings.problems().toString());
    }

    @Test
    void extendStartsFromAnotherFileWhoseGlobsStayRelativeToIt() throws IOException {
        write(".specls.toml", """
                [rules]
                "plan/broad-task" = "off"
                "plan/cycle" = "warning"
                [files]
                plan = ["plans/*.md"]
                exclude = ["fixtures/"]
                [diagnostics]
                debounceMs = 10
                """);
        Path child = write("sub/.specls.toml", """
                extend = "../.specls.toml"
                [rules]
                "plan/cycle" = "error"
                [files]
                exclude = ["generated/"]
                """);
        Settings settings = SettingsLoader.loadFile(child, Path::toString, KINDS);

        Path root = folder.toAbsolutePath().normalize();
        Path sub = root.resolve("sub");
        assertEquals(Map.of("plan/broad-task", "off", "plan/cycle", "error"), settings.ruleLevels());
        assertEquals(Map.of("plan", rooted(root, "plans/*.md")), settings.files().kinds());
        assertEquals(List.of(new RootedGlob("fixtures/", root), new RootedGlob("generated/", sub)), settings.files().exclude());
        assertEquals(10, settings.debounceMs());
        assertEquals(child.toAbsolutePath().normalize(), settings.source(), "named after the nearest file");
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void aBrokenExtendIsReportedAndTheRestApplies() throws IOException {
        Path loop = write("loop/.specls.toml", "extend = \"../loop2/.specls.toml\"\n[diagnostics]\ndebounceMs = 1\n");
        write("loop2/.specls.toml", "extend = \"../loop/.specls.toml\"\n");
        Path missing = write("missing/.specls.toml", "extend = \"../nowhere/.specls.toml\"\n[diagnostics]\ndebounceMs = 2\n");
        Path notToml = write("other/.specls.toml", "extend = \"../secret.txt\"\n");
        write("secret.txt", "[rules]\n");

        Settings looped = SettingsLoader.loadFile(loop, Path::toString, KINDS);
        assertEquals(1, looped.debounceMs());
        assertTrue(looped.problems().stream().anyMatch(p -> p.contains("extends this file again")), looped.problems().toString());

        Settings absent = SettingsLoader.loadFile(missing, Path::toString, KINDS);
        assertEquals(2, absent.debounceMs());
        assertTrue(absent.problems().stream().anyMatch(p -> p.contains("which is not a file")), absent.problems().toString());

        Settings refused = SettingsLoader.loadFile(notToml, Path::toString, KINDS);
        assertTrue(refused.problems().stream().anyMatch(p -> p.contains("not a .toml file")), refused.problems().toString());
        assertTrue(SettingsLoader.fromToml("extend = \"x.toml\"", KINDS).problems().get(0).contains("extend needs a file"));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
