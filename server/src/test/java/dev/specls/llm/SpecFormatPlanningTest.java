package dev.specls.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Analysis;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import dev.specls.llm.Planner.Result;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generatePlan and planRequirement in a Spec Kit, Kiro and Saga spec set: the answer writes that format's task files,
 * checked with the format's own rules, and a real diagnostic of the format goes back to the model in a repair.
 */
class SpecFormatPlanningTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("SPECLS_LLM_API_KEY", "sk-test-4c2e");
    private static final Path FIXTURES = Path.of("src/test/resources/dev/specls/llm/formats");

    private static final String SPECKIT_WITHOUT_STORY = """
            # Tasks: Photo albums

            ## Phase 1: User Story 1 - Create an album (Priority: P1)

            - [ ] T001 [US1] Create the Album model in src/albums/model.py (FR-001)
            - [ ] T002 Add POST /albums with the conflict error in src/albums/api.py (FR-002) (depends on T001)
            """;
    private static final String SPECKIT_CLEAN = SPECKIT_WITHOUT_STORY.replace("- [ ] T002 Add", "- [ ] T002 [US1] Add");

    private static final String KIRO_TOO_DEEP = """
            # Implementation Plan

            - [ ] 1. Album storage
              - [ ] 1.1 Create the albums model
                - _Requirements: 1.1_
                - [ ] 1.1.1 Add the unique index
              - [ ] 1.2 Reject a duplicate name
                - _Requirements: 1.2_
            """;
    private static final String KIRO_CLEAN = KIRO_TOO_DEEP.replace("    - [ ] 1.1.1 Add the unique index\n", "");

    private static final String SAGA_TASK_WITHOUT_DEPENDS_ON = """
            # Task 1.1: Albums model

            - Milestone: 01-albums
            - Owned files: `src/albums/model.py`

            ## Goal

            The Album model with a unique (owner, name) index.

            ## Validation criteria

            - `pytest tests/albums/test_model.py` passes
            """;
    private static final String SAGA_TASK_CLEAN = SAGA_TASK_WITHOUT_DEPENDS_ON.replace("- Milestone: 01-albums\n",
            "- Milestone: 01-albums\n- Depends on: none\n");

    @TempDir
    Path root;

    @Test
    void specKitTasksAreWrittenAndAStoryLessTaskGoesBack() throws Exception {
        Path feature = copy("speckit").resolve("specs/001-albums");
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(file("tasks.md", SPECKIT_WITHOUT_STORY), file("tasks.md", SPECKIT_CLEAN))) {
            Result result = planner(Provider.OPENAI, server).run("generatePlan", specFolder(feature.resolve("spec.md")), null);

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            String first = server.requests().get(0).body();
            assertTrue(first.contains("FR-002: System MUST reject a second album") || first.contains("**FR-002**"), "spec.md is in the prompt");
            assertTrue(first.contains("Spec Kit's format"), "the prompt asks for Spec Kit's tasks.md");
            assertTrue(server.requests().get(1).body().contains("speckit/task-without-story"), server.requests().get(1).body());
            assertFalse(first.contains("speckit/task-without-story"));
            Planner.FileChange change = result.changes().get(0);
            assertEquals(1, result.changes().size());
            assertEquals(Uris.of(feature.resolve("tasks.md")), change.uri());
            assertNull(change.baseText(), "tasks.md is created");
            assertEquals(SPECKIT_CLEAN, change.newText());
        }
    }

    @Test
    void kiroTasksAreWrittenAndATaskNestedTooDeepGoesBack() throws Exception {
        Path spec = copy("kiro").resolve(".kiro/specs/albums");
        try (FakeModelServer server = new FakeModelServer(Provider.ANTHROPIC).answer(file("tasks.md", KIRO_TOO_DEEP), file("tasks.md", KIRO_CLEAN))) {
            Result result = planner(Provider.ANTHROPIC, server).run("generatePlan", specFolder(spec.resolve("requirements.md")), null);

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).body().contains("Kiro's format"));
            assertTrue(server.requests().get(0).body().contains("SHALL reject the request with a conflict error"), "requirements.md is in the prompt");
            assertTrue(server.requests().get(1).body().contains("kiro/task-nested-too-deep"), server.requests().get(1).body());
            assertEquals(Uris.of(spec.resolve("tasks.md")), result.changes().get(0).uri());
            assertEquals(KIRO_CLEAN, result.changes().get(0).newText());
        }
    }

    @Test
    void sagaTaskFilesAreCreatedAndOneWithoutDependsOnGoesBack() throws Exception {
        Path saga = copy("saga");
        String path = "milestones/01-albums/tasks/01-model.md";
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer(file(path, SAGA_TASK_WITHOUT_DEPENDS_ON), file(path, SAGA_TASK_CLEAN))) {
            Result result = planner(Provider.OLLAMA, server).run("generatePlan", specFolder(saga.resolve("SAGA.md")), null);

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).body().contains("Saga task files"));
            assertTrue(server.requests().get(0).body().contains("albums table, model and endpoint"), "SAGA.md is in the prompt");
            assertTrue(server.requests().get(1).body().contains("saga/missing-depends-on"), server.requests().get(1).body());
            Planner.FileChange change = result.changes().get(0);
            assertEquals(Uris.of(saga.resolve(path)), change.uri());
            assertNull(change.baseText(), "the task file is created");
            assertEquals(SAGA_TASK_CLEAN, change.newText());
        }
    }

    @Test
    void aSagaTaskOutsideTheMilestonesStaysBrokenAndMakesNoEdit() throws Exception {
        Path saga = copy("saga");
        try (FakeModelServer server = new FakeModelServer(Provider.GEMINI).answer(file("milestones/09-later/tasks/01-x.md", SAGA_TASK_CLEAN))) {
            Result result = planner(Provider.GEMINI, server).run("generatePlan", specFolder(saga.resolve("SAGA.md")), null);

            assertFalse(result.clean());
            assertEquals(LlmSettings.DEFAULT_MAX_REPAIRS + 1, server.requests().size());
            assertTrue(result.changes().isEmpty());
            assertTrue(result.message().contains("no milestone folder"), result.message());
            assertFalse(Files.exists(saga.resolve("milestones/09-later")));
        }
    }

    @Test
    void planRequirementInSpecKitKeepsEveryTaskAndCitesTheRequirement() throws Exception {
        Path feature = copy("speckit").resolve("specs/001-albums");
        String existing = SPECKIT_CLEAN.replace("(FR-002) (depends on T001)", "(depends on T001)");
        Files.writeString(feature.resolve("tasks.md"), existing);
        String dropsT001 = existing.replace("- [ ] T001 [US1] Create the Album model in src/albums/model.py (FR-001)\n", "")
                .replace(" (depends on T001)", "") + "- [ ] T003 [US1] Reject a duplicate name in src/albums/api.py (FR-002)\n";
        String added = existing + "- [ ] T003 [US1] Reject a duplicate name in src/albums/api.py (FR-002) (depends on T002)\n";
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(file("tasks.md", dropsT001), file("tasks.md", added))) {
            Result result = planner(Provider.OPENAI, server).run("planRequirement", specFolder(feature.resolve("spec.md")), "FR-002");

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).body().contains("No task implements"), server.requests().get(0).body());
            assertTrue(server.requests().get(1).body().contains("task T001 was in tasks.md"), server.requests().get(1).body());
            Planner.FileChange change = result.changes().get(0);
            assertEquals(existing, change.baseText(), "the edit is computed from tasks.md as it is");
            assertFalse(change.needsConfirmation(), "adding tasks replaces nothing");
            assertEquals(added, change.newText());
        }
    }

    @Test
    void planRequirementInKiroSendsBackAnAnswerThatCitesNothing() throws Exception {
        Path spec = copy("kiro").resolve(".kiro/specs/albums");
        String existing = "# Implementation Plan\n\n- [ ] 1. Album storage\n  - [ ] 1.1 Create the albums model\n    - _Requirements: 1.1_\n";
        Files.writeString(spec.resolve("tasks.md"), existing);
        String citesNothing = existing + "  - [ ] 1.2 Reject a duplicate name\n";
        String cites = existing + "  - [ ] 1.2 Reject a duplicate name\n    - _Requirements: 1.2_\n";
        try (FakeModelServer server = new FakeModelServer(Provider.GEMINI).answer(file("tasks.md", citesNothing), file("tasks.md", cites))) {
            Result result = planner(Provider.GEMINI, server).run("planRequirement", specFolder(spec.resolve("requirements.md")), "1.2");

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(1).body().contains("no new task cites 1.2"), server.requests().get(1).body());
            assertEquals(cites, result.changes().get(0).newText());
        }
    }

    @Test
    void planRequirementInASagaSaysItDeclaresNoRequirements() throws Exception {
        Path saga = copy("saga");
        LlmException refused = assertThrows(LlmException.class, () -> new Planner(LlmSettingsReader.read(saga, null,
                Map.of("provider", "ollama", "model", "test-model", "baseUrl", "http://127.0.0.1:9"), Map.of()), Map.of(),
                new Prompts(saga, root), check(), PlanningProgress.NONE).run("planRequirement", specFolder(saga.resolve("SAGA.md")), "1"));
        assertTrue(refused.getMessage().contains("milestones and tasks only"), refused.getMessage());
    }

    private static String file(String path, String text) {
        return "=== FILE: " + path + " ===\n" + text;
    }

    private Path copy(String fixture) throws IOException {
        Path from = FIXTURES.resolve(fixture);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        return root;
    }

    private Planner planner(Provider provider, FakeModelServer server) {
        LlmSettings settings = LlmSettingsReader.read(root, null, Map.of("provider", provider.word(), "baseUrl", server.baseUrl(), "model", "test-model"),
                ENVIRONMENT);
        return new Planner(settings, ENVIRONMENT, new Prompts(root, root), check(), PlanningProgress.NONE);
    }

    private AnswerCheck check() {
        return new AnalysisAnswerCheck(Analysis.of(workspace().snapshot(), Formats.BUILT_IN.newChecker(SettingsLookup.fixed(Settings.defaults()))));
    }

    private Workspace workspace() {
        Workspace workspace = Formats.BUILT_IN.newWorkspace(SettingsLookup.fixed(Settings.defaults()));
        workspace.addFolder(root);
        return workspace;
    }

    /** The spec set of the file, with its folder as the editor and the command line give it. */
    private SpecFolder specFolder(Path member) {
        SpecSet specSet = workspace().snapshot().specSetOf(Uris.of(member));
        assertTrue(specSet != null, "the fixture is a spec set: " + member);
        return new SpecFolder(specSet.folder(), root, specSet, SpecFolder.disk(root));
    }
}
