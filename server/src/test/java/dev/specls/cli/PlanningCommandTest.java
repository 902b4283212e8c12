package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.llm.FakeModelServer;
import dev.specls.llm.PlanTexts;
import dev.specls.llm.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code specls plan | replan | review | init} against loopback model servers, and {@code --dry-run} with no network. */
class PlanningCommandTest {

    private static final String KEY = "sk-cli-3e9a51c7";

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void planWritesACleanPlanThroughEveryProvider(Provider provider) throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(provider).answer(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING), PlanTexts.answer(PlanTexts.CLEAN))) {
            Run run = run(Map.of("SPECLS_LLM_API_KEY", KEY), "plan", folder.toString(), "--provider", provider.word(), "--model", "test-model",
                    "--base-url", server.baseUrl());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(2, server.requests().size());
            assertTrue(Files.readString(folder.resolve("PLAN.md")).contains(PlanTexts.CLEAN));
            assertTrue(run.err().contains("asking " + provider.word() + " test-model"), run.err());
            assertTrue(run.err().contains("wrote "), run.err());
            assertFalse(run.err().contains(KEY));
        }
    }

    @Test
    void planInASpecKitFeatureWritesItsTasksMdAfterARepair() throws Exception {
        Path feature = folder.resolve("specs/001-albums");
        Files.createDirectories(feature);
        Files.writeString(feature.resolve("spec.md"), "# Feature Specification: Albums\n\n## User Scenarios & Testing\n\n"
                + "### User Story 1 - Create an album (Priority: P1)\n\nA user names an album.\n\n## Requirements\n\n"
                + "- **FR-001**: System MUST create an album.\n");
        String broken = "# Tasks: Albums\n\n## Phase 1: User Story 1 - Create an album (Priority: P1)\n\n"
                + "- [ ] T001 Create the album model in src/model.py (FR-001)\n";
        String clean = broken.replace("T001 Create", "T001 [US1] Create");
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer("=== FILE: tasks.md ===\n" + broken, "=== FILE: tasks.md ===\n" + clean)) {
            List<String> model = List.of("--provider", "ollama", "--model", "test-model", "--base-url", server.baseUrl());
            Run run = run(Map.of(), concat(List.of("plan", feature.toString()), model));

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(1).body().contains("speckit/task-without-story"), server.requests().get(1).body());
            assertEquals(clean, Files.readString(feature.resolve("tasks.md")));
            assertFalse(Files.exists(feature.resolve("PLAN.md")), "a Spec Kit feature gets its own format, not sago's");

            Run again = run(Map.of(), concat(List.of("plan", feature.toString()), model));
            assertEquals(2, again.exitCode(), again.err());
            assertTrue(again.err().contains("--force"), again.err());
            assertEquals(clean, Files.readString(feature.resolve("tasks.md")));
        }
    }

    @Test
    void aPlanThatStaysBrokenIsNotWritten() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING))) {
            Run run = run(Map.of(), "plan", folder.toString(), "--provider", "ollama", "--model", "test-model", "--base-url", server.baseUrl());

            assertEquals(1, run.exitCode(), run.err());
            assertEquals(3, server.requests().size());
            assertFalse(Files.exists(folder.resolve("PLAN.md")));
            assertTrue(run.err().contains("plan/dangling-dependency"), run.err());
            assertTrue(Files.exists(folder.resolve(".specls/last-answer.md")));
        }
    }

    @Test
    void anExistingPlanIsReplacedOnlyWithForceAndOutputGoesElsewhere() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("PLAN.md"), "# mine\n");
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(PlanTexts.CLEAN))) {
            List<String> model = List.of("--provider", "openai", "--model", "test-model", "--base-url", server.baseUrl());
            Run refused = run(Map.of(), concat(List.of("plan", folder.toString()), model));
            assertEquals(2, refused.exitCode());
            assertTrue(refused.err().contains("--force"), refused.err());
            assertTrue(server.requests().isEmpty());

            Run elsewhere = run(Map.of(), concat(List.of("plan", folder.toString(), "--output", folder.resolve("NEW-PLAN.md").toString()), model));
            assertEquals(0, elsewhere.exitCode(), elsewhere.err());
            assertEquals("# mine\n", Files.readString(folder.resolve("PLAN.md")));
            assertTrue(Files.readString(folder.resolve("NEW-PLAN.md")).contains(PlanTexts.CLEAN));
        }
    }

    @Test
    void nothingIsWrittenThroughALink() throws Exception {
        PlanTexts.specSet(folder);
        Path outside = Files.createTempFile("outside", ".md");
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(PlanTexts.CLEAN))) {
            Files.createSymbolicLink(folder.resolve("PLAN.md"), outside);
            Run run = run(Map.of(), "plan", folder.toString(), "--force", "--provider", "openai", "--model", "test-model", "--base-url", server.baseUrl());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("symbolic link"), run.err());
            assertEquals("", Files.readString(outside));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void dryRunCountsTokensAndCostWithNoNetwork() throws Exception {
        PlanTexts.specSet(folder);
        // Port 9 on loopback: nothing listens there, and a dry run must not try.
        Run openai = run(Map.of(), "plan", folder.toString(), "--dry-run", "--provider", "openai", "--model", "gpt-4o", "--base-url", "http://127.0.0.1:9/v1");
        assertEquals(0, openai.exitCode(), openai.err());
        assertTrue(openai.out().contains("counted with gpt-4o's tokenizer"), openai.out());
        assertTrue(openai.out().contains("repair 2"), openai.out());
        assertTrue(openai.out().contains("$"), openai.out());

        Run anthropic = run(Map.of(), "plan", folder.toString(), "--dry-run", "--provider", "anthropic", "--model", "claude-sonnet-4-20250514");
        assertTrue(anthropic.out().contains("estimated at 4 characters a token"), anthropic.out());
        assertTrue(anthropic.out().contains("built-in prices"), anthropic.out());

        Files.writeString(folder.resolve(".specls.toml"), "[llm]\nprovider = \"openai\"\nmodel = \"my-local\"\n[llm.prices.my-local]\ninput = 1.0\noutput = 2.0\n");
        Run priced = run(Map.of(), "plan", folder.toString(), "--dry-run");
        assertEquals(0, priced.exitCode(), priced.err());
        assertTrue(priced.out().contains("prices from [llm.prices]"), priced.out());
        assertTrue(priced.out().contains("estimated"), priced.out());

        // Against a listening model of every provider: a dry run sends it nothing.
        for (Provider provider : Provider.values()) {
            try (FakeModelServer server = new FakeModelServer(provider).answer(PlanTexts.answer(PlanTexts.CLEAN))) {
                Run dry = run(Map.of("SPECLS_LLM_API_KEY", KEY), "plan", folder.toString(), "--dry-run", "--provider", provider.word(),
                        "--model", "test-model", "--base-url", server.baseUrl());
                assertEquals(0, dry.exitCode(), dry.err());
                assertTrue(server.requests().isEmpty(), provider + " got " + server.requests());
                assertFalse(Files.exists(folder.resolve("PLAN.md")));
            }
        }
    }

    @Test
    void replanReviewAndInitWriteWhatSagoWrites() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("PLAN.md"), "# Plan\n\n```xml\n" + PlanTexts.CLEAN + "\n```\n");
        Files.writeString(folder.resolve("STATE.md"), "# State\n\n[✓] 1.1: Create the todo store\n");
        Files.createDirectories(folder.resolve("todo"));
        Files.writeString(folder.resolve("todo/store.py"), "def add(todo):\n    pass\n");
        String review = "- [CRITICAL] add() stores nothing (todo/store.py:1)\n- [SUGGESTION] add docstrings\n\nThe phase is incomplete.";
        try (FakeModelServer server = new FakeModelServer(Provider.GEMINI).answer(review)) {
            Run run = run(Map.of("GEMINI_API_KEY", KEY), "review", folder.toString(), "--phase", "Phase 1: Core", "--provider", "gemini",
                    "--model", "test-model", "--base-url", server.baseUrl());
            assertEquals(1, run.exitCode(), "a critical finding fails the run: " + run.err());
            assertTrue(run.out().contains("todo/store.py:1: [CRITICAL] add() stores nothing"), run.out());
            assertTrue(server.requests().get(0).body().contains("def add(todo)"), "the phase's files are in the prompt");
            String state = Files.readString(folder.resolve("STATE.md"));
            assertTrue(state.contains("## Phase Summary: Phase 1: Core\n\n- [CRITICAL]"), state);
        }
        String corrected = PlanTexts.CLEAN.replace("Add a list command that prints every open todo", "Add a list command, sorted by date,");
        try (FakeModelServer server = new FakeModelServer(Provider.ANTHROPIC).answer(PlanTexts.answer(corrected))) {
            Run run = run(Map.of("ANTHROPIC_API_KEY", KEY), "replan", folder.toString(), "--feedback", "sort by date", "--provider", "anthropic",
                    "--model", "test-model", "--base-url", server.baseUrl());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.readString(folder.resolve("PLAN.md")).contains("sorted by date"));
        }
        Path fresh = folder.resolve("fresh");
        String files = "=== FILE: PROJECT.md ===\n# Notes\n\n## Project Vision\nNotes.\n\n=== FILE: REQUIREMENTS.md ===\n# Notes Requirements\n\n"
                + "## V1 Requirements (MVP)\n\n* [ ] **REQ-1:** Write a note\n";
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(files)) {
            Run run = run(Map.of(), "init", fresh.toString(), "--prompt", "a notes app", "--provider", "openai", "--model", "test-model",
                    "--base-url", server.baseUrl());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(server.requests().get(0).body().contains("a notes app"));
            assertTrue(Files.readString(fresh.resolve("REQUIREMENTS.md")).contains("**REQ-1:** Write a note"));
            assertTrue(Files.readString(fresh.resolve("PROJECT.md")).startsWith("# Notes"));
        }
    }

    @Test
    void missingProviderAndBadOptionsAreUsageErrors() throws Exception {
        PlanTexts.specSet(folder);
        Run none = run(Map.of(), "plan", folder.toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no LLM provider is configured"), none.err());
        Files.writeString(folder.resolve("PLAN.md"), "# Plan\n\n```xml\n" + PlanTexts.CLEAN + "\n```\n");
        Run review = run(Map.of(), "review", folder.toString());
        assertEquals(2, review.exitCode());
        assertTrue(review.err().contains("review needs --phase NAME; the plan's phases: \"Phase 1: Core\""), review.err());
        assertEquals(2, run(Map.of(), "plan", "--phase", "x").exitCode());
        Run help = run(Map.of(), "help", "plan");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--dry-run"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Run run(Map<String, String> environment, String... args) {
        return run(environment, List.of(args));
    }

    private Run run(Map<String, String> environment, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), folder, (in, stdout) -> {
                    throw new AssertionError("no planning command starts the language server");
                }, environment);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
