package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.config.Settings;
import dev.specls.syntax.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileClassifierTest {

    private static final Path ROOT = Path.of("/srv/project").toAbsolutePath();
    private static final String PLAN_TEXT = "# Plan\n```xml\n<phases>\n</phases>\n```\n";

    private static final FileClassifier DEFAULTS = new FileClassifier(Settings.defaults(), List.of(ROOT));
    private static final FileClassifier CONFIGURED = new FileClassifier(
            new Settings(Map.of(), Map.of("plan", List.of("plans/*.md"), "state", List.of("**/progress.md"), "prompt", List.of("templates/{a,b}.txt")),
                    0, List.of()),
            List.of(ROOT));

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PLAN.md                          | none   | PLAN
            sub/PLAN.md                      | none   | PLAN
            plan.md                          | none   | OTHER
            REQUIREMENTS.md                  | none   | REQUIREMENTS
            STATE.md                         | none   | STATE
            PROJECT.md                       | none   | PROJECT
            review.prompt.md                 | none   | PROMPT
            chat.prompty                     | none   | PROMPT
            story.prompt                     | none   | PROMPT
            xprompts/fix.md                  | none   | PROMPT
            a/xprompts/b/c/fix.md            | none   | PROMPT
            .xprompts/fix.md                 | none   | PROMPT
            .claude/commands/deploy.md       | none   | PROMPT
            .claude/commands/ops/deploy.md   | none   | PROMPT
            .claude/agents/deploy.md         | none   | OTHER
            .github/prompts/review.md        | none   | PROMPT
            skills/pdf/SKILL.md              | none   | PROMPT
            notes.md                         | none   | OTHER
            notes.md                         | plan   | PLAN
            notes.md                         | raw    | PLAN
            notes.md                         | lookalike | OTHER
            notes.txt                        | plan   | OTHER
            README                           | none   | OTHER
            """)
    void defaults(String relativePath, String content, FileKind expected) {
        assertEquals(expected, DEFAULTS.classify(ROOT.resolve(relativePath), text(content)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plans/v2.md                | PLAN
            plans/deep/v2.md           | OTHER
            progress.md                | STATE
            a/b/progress.md            | STATE
            templates/a.txt            | PROMPT
            templates/c.txt            | OTHER
            PLAN.md                    | PLAN
            """)
    void userGlobsComeFirst(String relativePath, FileKind expected) {
        assertEquals(expected, CONFIGURED.classify(ROOT.resolve(relativePath), "no phases here"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plan      | PLAN
            none      | OTHER
            """)
    void bufferWithoutPathIsClassifiedByContent(String content, FileKind expected) {
        assertEquals(expected, DEFAULTS.classify(null, text(content)));
    }

    private static String text(String content) {
        return switch (content) {
            case "plan" -> PLAN_TEXT;
            case "raw" -> "Intro\n\n<phases>\n  <phase name=\"x\"/>\n</phases>\n";
            case "lookalike" -> "We talk about <phasesOfTheMoon> here.";
            default -> "# Notes\n";
        };
    }
}
