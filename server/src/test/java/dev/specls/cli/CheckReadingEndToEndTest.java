package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specls check} reads a repository as ruff, ESLint and markdownlint-cli2 users expect: plans by
 * name, each folder under its nearest {@code .specls.toml}, excludes and gitignore files honoured, and
 * a path with nothing to check an error. Each test runs the real command line in a repository of its own.
 */
class CheckReadingEndToEndTest {

    /** One task that depends on a task no one declares: {@code plan/dangling-dependency}, an error. */
    private static final String PLAN_WITH_ERROR = plan("depends_on=\"9.9\"");
    private static final String CLEAN_PLAN = plan("");
    private static final String DANGLING = "plan/dangling-dependency";
    private static final Pattern SUITE = Pattern.compile("<testsuite name=\"([^\"]*)\"");

    @TempDir
    Path repository;

    private static String plan(String attributes) {
        return "# Plan\n\n```xml\n<phases>\n<phase name=\"Phase 1\">\n<task id=\"1.1\" " + attributes + ">\n<name>Write it</name>\n"
                + "<files>\na.py\n</files>\n<action>Write a.py</action>\n<verify>pytest tests/test_a.py</verify>\n<done>It runs</done>\n"
                + "</task>\n</phase>\n</phases>\n```\n";
    }

    @BeforeEach
    void aRepository() throws IOException {
        // The configuration search and the gitignore files stop at a repository's root.
        Files.createDirectories(repository.resolve(".git"));
    }

    @Test
    void pagesAndPromptsThatShowPlanXmlAreNotPlans() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        write("README.md", "# How to write a plan\n\n" + PLAN_WITH_ERROR);
        write("docs/rules.md", "Example:\n\n<phases><phase name=\"Phase 1\"><task/></phase></phases>\n");
        write(".claude/skills/planner/SKILL.md", "Answer with <phases><phase name=\"Phase 1\"><steps/></phase></phases>\n");
        write("agents/planner.md", "<phase name=\"Phase 1\">\n<steps>Plan</steps>\n</phase>\n<phases>\n");

        CliRun run = check(".");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals(Set.of("specs/PLAN.md", ".claude/skills/planner/SKILL.md"), checkedFiles(run), "the pages are no plans; the skill is checked as a prompt");
    }

    @Test
    void aMarkdownFileNamedOnTheCommandLineIsReadAsAPlanWhenItHoldsOne() throws IOException {
        write("docs/draft.md", PLAN_WITH_ERROR);
        write("README.md", "# Nothing to check\n");

        CliRun draft = CliRun.of(repository, "check", "docs/draft.md");
        assertEquals(CommandLine.EXIT_FINDINGS, draft.exitCode(), draft::toString);
        assertTrue(draft.out().contains("docs/draft.md:") && draft.out().contains(DANGLING), draft::toString);

        CliRun readme = CliRun.of(repository, "check", "README.md");
        assertEquals(CommandLine.EXIT_USAGE, readme.exitCode(), readme::toString);
        assertEquals("", readme.out());
        assertTrue(readme.err().startsWith("specls: README.md is not a spec file: "), readme::toString);
    }

    @Test
    void aPathWithNothingToCheckExitsTwoUnlessAllowed() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        write("notes/ideas.md", "# Ideas\n");

        CliRun empty = CliRun.of(repository, "check", "specs", "notes");
        assertEquals(CommandLine.EXIT_USAGE, empty.exitCode(), empty::toString);
        assertEquals("", empty.out(), "no report when a path is wrong");
        assertEquals("specls: no spec file in notes: specls looks for PLAN.md, REQUIREMENTS.md, STATE.md, the Spec Kit, Kiro, Saga, GSD and"
                + " specpilot files docs/formats.md lists, and the files that"
                + " [files] globs in .specls.toml select; pass --allow-empty to accept a path without one\n", empty.err());

        CliRun allowed = CliRun.of(repository, "check", "--allow-empty", "notes");
        assertEquals(CommandLine.EXIT_OK, allowed.exitCode(), allowed::toString);
        assertEquals("0 errors, 0 warnings, 0 information, 0 hints in 0 files\n", allowed.out());

        CliRun missing = CliRun.of(repository, "check", "no/such/dir");
        assertEquals(CommandLine.EXIT_USAGE, missing.exitCode());
        assertEquals("specls: no such file or folder: no/such/dir\n", missing.err());

        CliRun graph = CliRun.of(repository, "graph", "notes");
        assertEquals(CommandLine.EXIT_USAGE, graph.exitCode(), "graph reads paths as check does");
    }

    @Test
    void gsdPhasePlansAreCheckedAsGsdReadsThemAndNotAsSagoPlans() throws IOException {
        String gsd = "---\nphase: 01-setup\nplan: %s\nwave: 1\n---\n\n<tasks>\n<task type=\"auto\">\n<name>Task 1</name>\n</task>\n</tasks>\n";
        write(".planning/phases/01-setup/01-01-PLAN.md", gsd.formatted("01"));
        write(".planning/phases/01-setup/PLAN.md", gsd.formatted("02"));

        CliRun run = CliRun.of(repository, "check", ".planning");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertFalse(run.out().contains("plan/no-task-block"), "no sago error on a GSD file");
    }

    @Test
    void theNearestConfigurationFileGovernsItsFolderAndReplacesTheOnesAbove() throws IOException {
        write("specs/PLAN.md", PLAN_WITH_ERROR);
        write(".specls.toml", "[rules]\n\"" + DANGLING + "\" = \"off\"\n");
        assertEquals(CommandLine.EXIT_OK, CliRun.of(repository, "check", "specs").exitCode(), "the root's file reaches specs/");

        write("specs/.specls.toml", "[rules]\n\"plan/missing-done\" = \"off\"\n");
        CliRun replaced = CliRun.of(repository, "check", "specs");
        assertEquals(CommandLine.EXIT_FINDINGS, replaced.exitCode(), "specs/.specls.toml replaces the root's: the rule is back");
        assertTrue(replaced.out().contains(DANGLING), replaced::toString);

        write("specs/.specls.toml", "extend = \"../.specls.toml\"\n[rules]\n\"plan/missing-done\" = \"off\"\n");
        assertEquals(CommandLine.EXIT_OK, CliRun.of(repository, "check", "specs").exitCode(), "extend starts from the root's file");

        Files.createDirectories(repository.resolve("elsewhere"));
        write("specs/.specls.toml", "[rules]\n\"" + DANGLING + "\" = \"off\"\n");
        Files.delete(repository.resolve(".specls.toml"));
        assertEquals(CommandLine.EXIT_OK, CliRun.of(repository.resolve("elsewhere"), "check", "../specs").exitCode(),
                "check DIR honours DIR/.specls.toml from any current folder");
    }

    @Test
    void configurationProblemsNameTheirFile() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        write("specs/.specls.toml", "colour = \"blue\"\n[rules]\n\"plan/dangling-dependancy\" = \"off\"\n");

        CliRun run = CliRun.of(repository, "check", "specs");

        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertTrue(run.err().contains("specls: specs/.specls.toml: unknown key \"colour\""), run::toString);
        assertTrue(run.err().contains("specls: specs/.specls.toml: [rules] names \"plan/dangling-dependancy\"")
                && run.err().contains("did you mean \"" + DANGLING + "\""), run::toString);
    }

    @Test
    void defaultAndConfiguredExcludesLeaveFilesOutButNotTheOnesNamedExplicitly() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        for (String folder : List.of("node_modules/pkg", "target", "build", "dist", ".venv", ".cache", "fixtures/broken", "generated")) {
            write(folder + "/PLAN.md", PLAN_WITH_ERROR);
        }
        write(".specls.toml", "[files]\nexclude = [\"fixtures/\"]\n");

        CliRun run = check("--exclude", "generated/", ".");
        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals(Set.of("specs/PLAN.md"), checkedFiles(run));

        CliRun named = CliRun.of(repository, "check", "--exclude", "generated/", "generated/PLAN.md", "build");
        assertEquals(CommandLine.EXIT_FINDINGS, named.exitCode(), "a file or folder named on the command line is read");
        assertTrue(named.out().contains("generated/PLAN.md:") && named.out().contains("build/PLAN.md:"), named::toString);

        write(".specls.toml", "[files]\nexclude = [\"fixtures/\", \"!build/\"]\n");
        CliRun reincluded = check("--exclude", "generated/", ".");
        assertEquals(Set.of("specs/PLAN.md", "build/PLAN.md"), checkedFiles(reincluded), "!build/ re-includes a default");
    }

    @Test
    void allLeftOutIsTold() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        write("specs/drafts/PLAN.md", CLEAN_PLAN);

        CliRun run = CliRun.of(repository, "check", "--exclude", "PLAN.md", "--exclude", "drafts/", "specs");

        assertEquals(CommandLine.EXIT_USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("1 folder and 1 spec file in it are left out by exclude patterns or .gitignore"), run::toString);
    }

    @Test
    void gitignoredPathsAreSkippedUnlessNoIgnore() throws IOException {
        write("specs/PLAN.md", CLEAN_PLAN);
        write("local/PLAN.md", PLAN_WITH_ERROR);
        write("specs/STATE.md", "# STATE.md\n");
        write(".gitignore", "local/\n");
        write("specs/.gitignore", "STATE.md\n");

        CliRun run = check(".");
        assertEquals(CommandLine.EXIT_OK, run.exitCode(), run::toString);
        assertEquals(Set.of("specs/PLAN.md"), checkedFiles(run));

        CliRun noIgnore = check("--no-ignore", ".");
        assertEquals(CommandLine.EXIT_FINDINGS, noIgnore.exitCode(), noIgnore::toString);
        assertEquals(Set.of("specs/PLAN.md", "specs/STATE.md", "local/PLAN.md"), checkedFiles(noIgnore));

        write(".specls.toml", "[files]\nrespectGitignore = false\n");
        assertEquals(CommandLine.EXIT_FINDINGS, CliRun.of(repository, "check", ".").exitCode(), "the setting does what --no-ignore does");
    }

    @Test
    void everyKindTheFormatsDeclareIsSelectableByFilesGlobs() throws IOException {
        String tasks = "# Tasks: Albums\n\n## Phase 1: Setup\n\n- [ ] T001 Create src/albums.py\n- T002 Add tests/test_albums.py\n";
        write("work/todo.md", tasks);
        write("work/backlog.md", tasks);

        CliRun unselected = check("--allow-empty", "work");
        assertEquals(Set.of(), checkedFiles(unselected), "a Spec Kit tasks file is found by its place, specs/NNN-slug/tasks.md");

        write(".specls.toml", "[files]\nspeckit_tasks = [\"work/todo.md\"]\nprompty = [\"work/backlog.md\"]\n");
        CliRun selected = CliRun.of(repository, "check", "work");
        assertEquals("", selected.err(), "speckit_tasks and prompty are kinds of the formats table, so neither key is unknown");
        assertTrue(selected.out().contains("work/todo.md:6:3: error speckit/task-without-checkbox"), selected::toString);
        assertFalse(selected.out().contains("work/backlog.md:6:3: error speckit/"), "the other glob makes a prompt of its file");

        write(".specls.toml", "[files]\nspeckit_taks = [\"work/todo.md\"]\n");
        CliRun misspelt = check("--allow-empty", "work");
        assertTrue(misspelt.err().contains("unknown key \"speckit_taks\" under files (known: gsd_plan, plan,"), misspelt::toString);
        assertTrue(misspelt.err().contains("speckit_tasks"), "the message lists every kind the formats declare");
    }

    /** {@code check} with the JUnit report, which lists every checked file, clean ones too. */
    private CliRun check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--format";
        all[2] = "junit";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(repository, all);
    }

    private static Set<String> checkedFiles(CliRun junitRun) {
        Set<String> files = new TreeSet<>();
        Matcher suite = SUITE.matcher(junitRun.out());
        while (suite.find()) {
            files.add(suite.group(1));
        }
        return files;
    }

    private void write(String relative, String text) throws IOException {
        Path file = repository.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
