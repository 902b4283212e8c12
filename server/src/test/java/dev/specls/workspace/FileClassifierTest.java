package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.config.FileSettings;
import dev.specls.config.RootedGlob;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import dev.specls.syntax.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files are plans by name, as sago and GSD find them, and by the user's globs; the text counts only where the user asks. */
class FileClassifierTest {

    private static final Path ROOT = Path.of("/srv/project").toAbsolutePath();
    private static final String PLAN_TEXT = "# Plan\n```xml\n<phases>\n</phases>\n```\n";

    private static final FileClassifier DEFAULTS = new FileClassifier(Settings.defaults(), List.of(ROOT), Formats.BUILT_IN.files());
    private static final FileClassifier CONFIGURED = new FileClassifier(
            new Settings(Map.of(), Map.of("plan", List.of("plans/*.md"), "state", List.of("**/progress.md"), "prompt", List.of("templates/{a,b}.txt")),
                    0, List.of()),
            List.of(ROOT), Formats.BUILT_IN.files());
    /** A configuration file in {@code ROOT/docs} whose globs are relative to that folder, not to the workspace root. */
    private static final FileClassifier FROM_A_FILE = new FileClassifier(SettingsLookup.fixed(Settings.defaults().withFiles(new FileSettings(
            Map.of("plan", List.of(new RootedGlob("plans/*.md", ROOT.resolve("docs")))),
            List.of(new RootedGlob("drafts/**/*.md", ROOT.resolve("docs"))), List.of(), true))), List.of(ROOT), Formats.BUILT_IN.files());

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PLAN.md                                    | none      | PLAN
            sub/PLAN.md                                | none      | PLAN
            plan.md                                    | plan      | SPECPILOT_PLAN
            REQUIREMENTS.md                            | none      | REQUIREMENTS
            STATE.md                                   | none      | STATE
            PROJECT.md                                 | none      | PROJECT
            .planning/phases/01-setup/01-02-PLAN.md    | none      | GSD_PLAN
            .planning/phases/01-setup/PLAN.md          | plan      | GSD_PLAN
            a/.planning/phases/03-api/03-01-PLAN.md    | none      | GSD_PLAN
            .planning/phases/01-setup/01-02-SUMMARY.md | none      | OTHER
            .planning/phases/01-02-PLAN.md             | none      | OTHER
            .planning/PLAN.md                          | plan      | PLAN
            .planning/REQUIREMENTS.md                  | none      | REQUIREMENTS
            review.prompt.md                           | none      | VSCODE_PROMPT
            chat.prompty                               | none      | PROMPTY
            story.prompt                               | none      | DOTPROMPT
            xprompts/fix.md                            | none      | PROMPT
            a/xprompts/b/c/fix.md                      | none      | PROMPT
            .xprompts/fix.md                           | none      | PROMPT
            .claude/commands/deploy.md                 | none      | CLAUDE_COMMAND
            .claude/commands/ops/deploy.md             | none      | CLAUDE_COMMAND
            .claude/agents/deploy.md                   | plan      | OTHER
            .github/prompts/review.md                  | none      | VSCODE_PROMPT
            skills/pdf/SKILL.md                        | plan      | SKILL
            notes.md                                   | none      | OTHER
            README.md                                  | plan      | OTHER
            docs/rules.md                              | raw       | OTHER
            notes.txt                                  | plan      | OTHER
            README                                     | none      | OTHER
            """)
    void defaultsGoByNameAlone(String relativePath, String content, FileKind expected) {
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

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            docs/plans/v2.md           | none      | PLAN
            plans/v2.md                | none      | OTHER
            docs/drafts/a/b.md         | plan      | PLAN
            docs/drafts/a/b.md         | raw       | PLAN
            docs/drafts/a/b.md         | lookalike | OTHER
            docs/drafts/a/b.md         | none      | OTHER
            drafts/a/b.md              | plan      | OTHER
            """)
    void aFilesGlobsAreRelativeToItsFolderAndPlanByContentReadsTheText(String relativePath, String content, FileKind expected) {
        assertEquals(expected, FROM_A_FILE.classify(ROOT.resolve(relativePath), text(content)));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            notes.md                   | plan      | PLAN
            notes.md                   | raw       | PLAN
            notes.md                   | list      | PLAN
            notes.md                   | lookalike | OTHER
            notes.md                   | none      | OTHER
            notes.txt                  | plan      | OTHER
            STATE.md                   | plan      | STATE
            """)
    void aMarkdownFileNamedOnTheCommandLineIsAPlanWhenItHoldsABlock(String relativePath, String content, FileKind expected) {
        assertEquals(expected, DEFAULTS.classifyNamed(ROOT.resolve(relativePath), text(content)));
    }

    @ParameterizedTest(name = "{0} as {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            notes.md          | specls-plan | none      | PLAN
            notes.md          | markdown    | plan      | OTHER
            PLAN.md           | markdown    | none      | PLAN
            REQUIREMENTS.md   | specls-plan | none      | PLAN
            untitled          | markdown    | plan      | PLAN
            untitled          | plaintext   | raw       | PLAN
            untitled          |             | plan      | PLAN
            untitled          | markdown    | none      | OTHER
            untitled          | python      | plan      | OTHER
            untitled          | specls-plan | none      | PLAN
            """)
    void bufferLanguageMakesAPlanAndUntitledBuffersAreReadByText(String name, String languageId, String content, FileKind expected) {
        Path file = name.equals("untitled") ? null : ROOT.resolve(name);
        assertEquals(expected, DEFAULTS.classifyBuffer(file, languageId, text(content)));
    }

    private static String text(String content) {
        return switch (content) {
            case "plan" -> PLAN_TEXT;
            case "raw" -> "Intro\n\n<phases>\n  <phase name=\"x\"/>\n</phases>\n";
            case "list" -> "<phases-list><phase name=\"x\"/></phases-list>\n";
            case "lookalike" -> "We talk about <phasesOfTheMoon> here.";
            default -> "# Notes\n";
        };
    }
}
