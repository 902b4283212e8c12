package dev.specls.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Analysis;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import dev.specls.llm.Planner.Result;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** planRequirement, suggestVerify, splitTask and generateRequirements: what each sends, and what it refuses. */
class PlanEditCommandsTest {

    @TempDir
    Path folder;

    private String plan;

    @BeforeEach
    void specSet() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("REQUIREMENTS.md"), PlanTexts.REQUIREMENTS + "* [ ] **REQ-3:** Mark a todo done\n");
        plan = PlanFile.withBlock(null, PlanTexts.CLEAN);
        Files.writeString(folder.resolve("PLAN.md"), plan);
    }

    @Test
    void planRequirementAddsCitingTasksAndKeepsTheOthers() throws Exception {
        String withNewTask = PlanTexts.CLEAN.replace("    </phase>", ""
                + "        <task id=\"1.3\" depends_on=\"1.1\">\n"
                + "            <name>Mark a todo done</name>\n"
                + "            <files>todo/store.py</files>\n"
                + "            <action>Add done(id) to the store (REQ-3).</action>\n"
                + "            <verify>python -m pytest tests/test_done.py</verify>\n"
                + "            <done>A done todo is no longer listed (REQ-3)</done>\n"
                + "        </task>\n"
                + "    </phase>");
        String notCiting = withNewTask.replace(" (REQ-3)", "").replace("id=\"1.3\"", "id=\"7.1\"");
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(notCiting), PlanTexts.answer(withNewTask))) {
            Result result = planner(server).run("planRequirement", specFolder(), "REQ-3");

            assertTrue(result.clean(), result.message());
            assertTrue(server.requests().get(0).body().contains("Mark a todo done"), "the requirement's text is in the prompt");
            assertTrue(server.requests().get(1).body().contains("no task cites REQ-3"), server.requests().get(1).body());
            assertTrue(server.requests().get(1).body().contains("new task 7.1 is in a phase whose tasks are numbered 1.N"), server.requests().get(1).body());
            assertTrue(result.changes().get(0).newText().contains("<task id=\"1.3\" depends_on=\"1.1\">"));
            assertFalse(result.changes().get(0).needsConfirmation(), "adding tasks replaces nothing of the user's");
        }
    }

    @Test
    void suggestVerifyInsertsOneCheckedCommand() throws Exception {
        String withoutVerify = plan.replace("            <verify>python -m pytest tests/test_cli.py</verify>\n", "");
        Files.writeString(folder.resolve("PLAN.md"), withoutVerify);
        try (FakeModelServer server = new FakeModelServer(Provider.ANTHROPIC).answer("true", "python -m pytest tests/test_cli.py -q")) {
            Result result = planner(server).run("suggestVerify", specFolder(), "1.2");

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size(), "a verify that cannot fail goes back");
            assertTrue(server.requests().get(1).body().contains("plan/verify-cannot-fail"), server.requests().get(1).body());
            String updated = result.changes().get(0).newText();
            assertTrue(updated.contains("(REQ-2).</action>\n            <verify>python -m pytest tests/test_cli.py -q</verify>\n            <done>The list"), updated);
        }
    }

    @Test
    void suggestVerifyFillsAnEmptyVerifyOrEndsATaskWithoutDone() throws Exception {
        String empty = plan.replace("<verify>python -m pytest tests/test_cli.py</verify>", "<verify></verify>");
        Files.writeString(folder.resolve("PLAN.md"), empty);
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer("python -m pytest tests/test_cli.py -q")) {
            String updated = planner(server).run("suggestVerify", specFolder(), "1.2").changes().get(0).newText();
            assertTrue(updated.contains("<verify>python -m pytest tests/test_cli.py -q</verify>\n            <done>"), updated);
            assertFalse(updated.contains("<verify></verify>"));
        }
        String noVerifyNoDone = plan.replace("            <verify>python -m pytest tests/test_cli.py</verify>\n", "")
                .replace("            <done>The list command prints open todos (REQ-2)</done>\n", "");
        Files.writeString(folder.resolve("PLAN.md"), noVerifyNoDone);
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer("```sh\npython -m pytest tests/test_cli.py -q\n```")) {
            String updated = planner(server).run("suggestVerify", specFolder(), "1.2").changes().get(0).newText();
            assertTrue(updated.contains("(REQ-2).</action>\n            <verify>python -m pytest tests/test_cli.py -q</verify>\n"
                    + "        </task>"), updated);
        }
    }

    @Test
    void splitTaskKeepsTasksThatNeitherAreNorDependOnIt() throws Exception {
        String split = PlanTexts.CLEAN.replace("<task id=\"1.2\" depends_on=\"1.1\">", """
                <task id="1.2" depends_on="1.1">
                            <name>Read the open todos</name>
                            <files>todo/store.py</files>
                            <action>Add open() to the store (REQ-2).</action>
                            <verify>python -m pytest tests/test_open.py</verify>
                            <done>open() returns open todos</done>
                        </task>
                        <task id="1.3" depends_on="1.2">""".strip());
        String alsoChangesTheFirst = split.replace("saves it to todo.json", "saves it to a database");
        try (FakeModelServer server = new FakeModelServer(Provider.GEMINI).answer(PlanTexts.answer(alsoChangesTheFirst), PlanTexts.answer(split))) {
            Result result = planner(server).run("splitTask", specFolder(), "1.2");

            assertTrue(result.clean(), result.message());
            assertTrue(server.requests().get(1).body().contains("task 1.1"), "changing an unrelated task goes back");
            assertTrue(result.changes().get(0).newText().contains("<task id=\"1.3\" depends_on=\"1.2\">"));
        }
    }

    @Test
    void splitTaskRepointsTheTasksThatDependedOnIt() throws Exception {
        String third = "        <task id=\"1.3\" depends_on=\"1.2\">\n"
                + "            <name>Show counts</name>\n"
                + "            <files>todo/cli.py</files>\n"
                + "            <action>Print how many todos are open (REQ-2).</action>\n"
                + "            <verify>python -m pytest tests/test_count.py</verify>\n"
                + "            <done>The count is printed</done>\n"
                + "        </task>\n";
        String withThird = PlanTexts.CLEAN.replace("    </phase>", third + "    </phase>");
        Files.writeString(folder.resolve("PLAN.md"), PlanFile.withBlock(null, withThird));
        String half = "        <task id=\"1.4\" depends_on=\"1.2\">\n"
                + "            <name>Filter open todos</name>\n"
                + "            <files>todo/cli.py</files>\n"
                + "            <action>Hide done todos from the list (REQ-2).</action>\n"
                + "            <verify>python -m pytest tests/test_filter.py</verify>\n"
                + "            <done>Done todos are hidden</done>\n"
                + "        </task>\n";
        String notRepointed = withThird.replace(third, half + third);
        String repointed = notRepointed.replace("<task id=\"1.3\" depends_on=\"1.2\">", "<task id=\"1.3\" depends_on=\"1.4\">");
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(notRepointed), PlanTexts.answer(repointed))) {
            Result result = planner(server).run("splitTask", specFolder(), "1.2");

            assertTrue(result.clean(), result.message());
            assertTrue(server.requests().get(1).body().contains("task 1.3 depended on 1.2"), server.requests().get(1).body());
            assertTrue(result.changes().get(0).newText().contains("<task id=\"1.3\" depends_on=\"1.4\">"));
        }
    }

    @Test
    void generateRequirementsNeedsBothFilesAndARequirement() throws Exception {
        String files = "=== FILE: PROJECT.md ===\n# Notes\n\n=== FILE: REQUIREMENTS.md ===\n# Notes Requirements\n\n## V1 Requirements (MVP)\n\n"
                + "* [ ] **REQ-1:** Write a note\n";
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer("=== FILE: PROJECT.md ===\n# Notes\n", files)) {
            Result result = planner(server).run("generateRequirements", specFolder(), "a notes app");

            assertTrue(result.clean(), result.message());
            assertTrue(server.requests().get(1).body().contains("no \\\"=== FILE: REQUIREMENTS.md ===\\\" section"), server.requests().get(1).body());
            assertEquals(2, result.changes().size());
            assertTrue(result.changes().get(1).needsConfirmation(), "REQUIREMENTS.md exists, so replacing it asks first");
            assertTrue(result.changes().get(1).newText().contains("**REQ-1:** Write a note"));
        }
    }

    @Test
    void commandsNameWhatTheyLack() throws Exception {
        LlmSettings settings = LlmSettingsReader.read(folder, null, Map.of("provider", "ollama"), Map.of());
        Planner planner = new Planner(settings, Map.of(), new Prompts(folder, folder), check(), PlanningProgress.NONE);
        assertTrue(message(planner, "splitTask", "7.7").contains("no task 7.7"));
        assertTrue(message(planner, "planRequirement", "REQ-9").contains("no requirement REQ-9"));
        assertTrue(message(planner, "reviewPhase", "Phase 9").contains("Phase 1: Core"));
        assertTrue(message(planner, "generateRequirements", " ").contains("one-line idea"));
        assertTrue(message(planner, "nonsense", null).contains("known: generatePlan"));
    }

    private String message(Planner planner, String command, String argument) {
        try {
            planner.run(command, specFolder(), argument);
            return "ran";
        } catch (LlmException refused) {
            assertEquals(LlmException.Kind.INVALID_INPUT, refused.kind());
            return refused.getMessage();
        }
    }

    private Planner planner(FakeModelServer server) {
        LlmSettings settings = LlmSettingsReader.read(folder, null, Map.of("provider", "openai", "baseUrl", server.baseUrl(), "model", "test-model"),
                Map.of());
        LlmSettings forProvider = new LlmSettings(providerOf(server), settings.model(), settings.baseUrl(), settings.baseUrlOrigin(),
                settings.temperature(), settings.maxTokens(), settings.timeoutSeconds(), settings.maxRepairs(), false, Map.of(), null, settings.problems());
        return new Planner(forProvider, Map.of("SPECLS_LLM_API_KEY", "sk-x-1234"), new Prompts(folder, folder), check(), PlanningProgress.NONE);
    }

    private static Provider providerOf(FakeModelServer server) {
        return server.provider();
    }

    /** The answer is checked by an Analysis of the folder as it is, as the editor and the command line check it. */
    private AnswerCheck check() {
        return new AnalysisAnswerCheck(Analysis.of(workspace().snapshot(), Formats.BUILT_IN.newChecker(SettingsLookup.fixed(Settings.defaults()))));
    }

    private Workspace workspace() {
        Workspace workspace = Formats.BUILT_IN.newWorkspace(SettingsLookup.fixed(Settings.defaults()));
        workspace.addFolder(folder);
        return workspace;
    }

    private SpecFolder specFolder() {
        return new SpecFolder(folder, folder, workspace().snapshot().specSetOf(Uris.of(folder.resolve("PLAN.md"))), SpecFolder.disk(folder));
    }
}
