package dev.specls.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @Test
    void readsEverySection() {
        Settings settings = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = "off"
                "plan/cycle" = "Warning"
                [files]
                plan = ["plans/*.md"]
                prompt = ["prompts/**/*.txt", "x.tmpl"]
                [diagnostics]
                debounceMs = 350
                """);
        assertEquals(Map.of("plan/broad-task", "off", "plan/cycle", "warning"), settings.ruleLevels());
        assertEquals(Map.of("plan", List.of("plans/*.md"), "prompt", List.of("prompts/**/*.txt", "x.tmpl")), settings.fileGlobs());
        assertEquals(350, settings.debounceMs());
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void emptyTextGivesDefaults() {
        assertEquals(Settings.defaults(), SettingsLoader.fromToml(""));
    }

    @Test
    void syntaxErrorCostsOnlyItsSection() {
        Settings settings = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = off
                [diagnostics]
                debounceMs = 50
                """);
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
                [diagnostics]
                debounceMs = -5
                delay = 1
                """);
        assertEquals(Map.of("plan/cycle", "error"), settings.ruleLevels());
        assertEquals(Map.of(), settings.fileGlobs());
        assertEquals(Settings.DEFAULT_DEBOUNCE_MS, settings.debounceMs());
        List<String> problems = settings.problems();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"colour\"")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"loud\"") && p.contains("error, warning, information, hint, off")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"plans\"")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("files.state")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("debounceMs") && p.contains("-5")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("diagnostics.delay")));
    }

    @Test
    void clientSettingsOverrideTheFileEntryByEntry() {
        Settings file = SettingsLoader.fromToml("""
                [rules]
                "plan/broad-task" = "off"
                "plan/cycle" = "error"
                [files]
                plan = ["plans/*.md"]
                state = ["status/*.md"]
                """);
        Map<String, Object> client = Map.of(
                "rules", Map.of("plan/cycle", "hint"),
                "files", Map.of("plan", List.of("docs/*.md")),
                "diagnostics", Map.of("debounceMs", 0.0));
        Settings merged = SettingsLoader.merge(file, client);
        assertEquals(Map.of("plan/broad-task", "off", "plan/cycle", "hint"), merged.ruleLevels());
        assertEquals(Map.of("plan", List.of("docs/*.md"), "state", List.of("status/*.md")), merged.fileGlobs());
        assertEquals(0, merged.debounceMs());
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void clientProblemsNameTheirSource() {
        Settings merged = SettingsLoader.merge(Settings.defaults(), Map.of("diagnostics", Map.of("debounceMs", 1.5), "rules", "all"));
        assertEquals(2, merged.problems().size(), merged.problems().toString());
        assertTrue(merged.problems().stream().allMatch(p -> p.startsWith("client setting specls")));
        assertEquals(Settings.defaults(), SettingsLoader.merge(Settings.defaults(), null));
    }

    @Test
    void loadsTheFileInTheRoot(@TempDir Path root) throws IOException {
        assertEquals(Settings.defaults(), SettingsLoader.load(root));
        Files.writeString(root.resolve(".specls.toml"), "[diagnostics]\ndebounceMs = 10\n");
        assertEquals(10, SettingsLoader.load(root).debounceMs());
    }
}
