package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.specls.check.Rule;
import dev.specls.check.prompt.PromptRules;
import org.junit.jupiter.api.Test;

/**
 * {@code specls check .} at this repository's root, as its own CI runs it: the root {@code .specls.toml}
 * leaves out test inputs and the example that is broken on purpose, so only real spec sets are checked
 * and the run is clean. A new spec file anywhere in the repository must either be clean or be excluded there.
 */
class RepositorySelfCheckTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SUITE = Pattern.compile("<testsuite name=\"([^\"]*)\"");

    @Test
    void checkingTheRepositoryRootReportsOnlyItsRealSpecSetsAndPasses() {
        assertTrue(Files.isRegularFile(REPOSITORY.resolve(".specls.toml")), "the repository configures itself");

        CliRun run = CliRun.of(REPOSITORY, "check", "--format", "junit", ".");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err(), "no configuration problem, no unreadable file");
        List<String> checked = new ArrayList<>();
        Matcher suite = SUITE.matcher(run.out());
        while (suite.find()) {
            checked.add(suite.group(1));
        }
        assertTrue(checked.containsAll(List.of("examples/bookmarks/PLAN.md", "examples/bookmarks/REQUIREMENTS.md",
                "examples/bookmarks/STATE.md", "examples/prompts/xprompts/review.md", "examples/prompts/prompts/summarize.prompt",
                "examples/prompts/chat.prompty", "examples/prompts/.claude/commands/fix-issue.md")), checked::toString);
        // The planning prompts the server ships are prompt templates too, checked (and clean) like any other.
        String shippedPrompts = "server/src/main/resources/dev/specls/llm/prompts/";
        assertTrue(checked.contains(shippedPrompts + "plan.prompt.md"), checked::toString);
        assertEquals(List.of(), checked.stream()
                .filter(file -> !file.startsWith(shippedPrompts))
                .filter(file -> !file.startsWith("examples/") || file.startsWith("examples/broken")).toList(),
                "test inputs, docs and the broken example are not checked");
    }

    @Test
    void theBrokenExampleIsStillCheckedWhenNamed() {
        CliRun run = CliRun.of(REPOSITORY, "check", "examples/broken");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("examples/broken/PLAN.md:"), run::toString);
    }

    /** The broken prompts show every prompt rule, so the README's run of them shows each at least once. */
    @Test
    void theBrokenPromptsShowEveryPromptRule() {
        CliRun run = CliRun.of(REPOSITORY, "check", "examples/broken-prompts");

        assertEquals(CommandLine.EXIT_FINDINGS, run.exitCode(), run::toString);
        List<String> missing = new ArrayList<>();
        for (Rule rule : PromptRules.all()) {
            if (!run.out().contains(" " + rule.code() + " ")) {
                missing.add(rule.code());
            }
        }
        assertEquals(List.of(), missing, run::toString);
    }
}
