package dev.specls.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Analysis;
import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.formats.Formats;
import dev.specls.llm.FakeModelServer.Reply;
import dev.specls.llm.Planner.Result;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The planning commands against loopback servers that speak each provider's wire format, through langchain4j. */
class PlannerTest {

    private static final String KEY = "sk-test-7d1f0c2b9a";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void generatesACleanPlanThroughEveryProvider(Provider provider) throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(provider).answer(PlanTexts.answer(PlanTexts.CLEAN))) {
            Result result = planner(provider, server, Map.of("SPECLS_LLM_API_KEY", KEY)).run("generatePlan", specFolder(), null);

            assertTrue(result.clean(), result.message());
            assertEquals(1, server.requests().size());
            FakeModelServer.Request request = server.requests().get(0);
            assertEquals("POST", request.method());
            assertTrue(request.path().endsWith(switch (provider) {
                case OPENAI -> "/v1/chat/completions";
                case ANTHROPIC -> "/v1/messages";
                case OLLAMA -> "/api/chat";
                case GEMINI -> "/v1beta/models/test-model:generateContent";
            }), request.path());
            assertTrue(request.body().contains("test-model") || request.path().contains("test-model"));
            assertTrue(request.body().contains("Add a todo from the command line"), "REQUIREMENTS.md is in the prompt");
            assertTrue(request.body().contains("A command-line todo list."), "PROJECT.md is in the prompt");
            if (provider.needsKey()) {
                String sent = switch (provider) {
                    case OPENAI -> request.header("Authorization");
                    case ANTHROPIC -> request.header("x-api-key");
                    default -> request.header("x-goog-api-key");
                };
                assertNotNull(sent);
                assertTrue(sent.contains(KEY), "the user's key goes to the endpoint the user set");
            }
            Planner.FileChange change = result.changes().get(0);
            assertEquals(Uris.of(folder.resolve("PLAN.md")), change.uri());
            assertNull(change.baseText(), "PLAN.md is created");
            assertTrue(change.newText().contains(PlanTexts.CLEAN));
        }
    }

    @Test
    void aCycleAndADanglingIdGoBackOnceThenTheCleanAnswerIsTheOneEdit() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI)
                .answer(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING), PlanTexts.answer(PlanTexts.CLEAN))) {
            Result result = planner(Provider.OPENAI, server, Map.of()).run("generatePlan", specFolder(), null);

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            String repair = server.requests().get(1).body();
            assertTrue(repair.contains("plan/dependency-cycle"), repair);
            assertTrue(repair.contains("plan/dangling-dependency"), repair);
            assertTrue(repair.contains("9.9"), "the dangling id is named");
            assertFalse(server.requests().get(0).body().contains("plan/dependency-cycle"));
            assertEquals(1, result.changes().size());
            assertTrue(result.changes().get(0).newText().contains(PlanTexts.CLEAN));
            assertEquals(2, result.requests());
        }
    }

    @Test
    void anAnswerThatStaysBrokenMakesNoEditAndIsKept() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING))) {
            Result result = planner(Provider.OPENAI, server, Map.of()).run("generatePlan", specFolder(), null);

            assertFalse(result.clean());
            assertEquals(LlmSettings.DEFAULT_MAX_REPAIRS + 1, server.requests().size());
            assertTrue(result.changes().isEmpty());
            assertTrue(result.message().contains("plan/dependency-cycle"), result.message());
            assertTrue(result.message().contains("nothing was changed"), result.message());
            assertEquals(folder.resolve(".specls/last-answer.md"), result.lastAnswer());
            assertEquals(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING), Files.readString(result.lastAnswer()));
            assertFalse(Files.exists(folder.resolve("PLAN.md")));
        }
    }

    @Test
    void replanSendsAnAlteredDoneTaskBackAndKeepsItByteIdentical() throws Exception {
        PlanTexts.specSet(folder);
        String plan = PlanFile.withBlock(null, PlanTexts.CLEAN);
        Files.writeString(folder.resolve("PLAN.md"), plan);
        Files.writeString(folder.resolve("STATE.md"), "# State\n\n## Completed Tasks\n\n[✓] 1.1: Create the todo store\n");
        String altered = PlanTexts.CLEAN.replace("saves it to todo.json", "saves it to a SQLite database");
        String corrected = PlanTexts.CLEAN.replace("Add a list command that prints every open todo", "Add a list command, sorted by date,");
        try (FakeModelServer server = new FakeModelServer(Provider.ANTHROPIC).answer(PlanTexts.answer(altered), PlanTexts.answer(corrected))) {
            Result result = planner(Provider.ANTHROPIC, server, Map.of("ANTHROPIC_API_KEY", KEY)).run("replan", specFolder(), "sort the list by date");

            assertTrue(result.clean(), result.message());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(0).body().contains("sort the list by date"));
            String repair = server.requests().get(1).body();
            assertTrue(repair.contains("task 1.1") && repair.contains("byte-identical"), repair);
            String task11 = plan.substring(plan.indexOf("<task id=\"1.1\">"), plan.indexOf("</task>") + "</task>".length());
            assertTrue(result.changes().get(0).newText().contains(task11));
            assertTrue(result.changes().get(0).needsConfirmation(), "replacing PLAN.md asks first");
        }
    }

    @Test
    void replanRefusesWhenTheDoneTaskStaysAltered() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("PLAN.md"), PlanFile.withBlock(null, PlanTexts.CLEAN));
        Files.writeString(folder.resolve("STATE.md"), "# State\n\n[✓] 1.1: Create the todo store\n");
        String altered = PlanTexts.CLEAN.replace("saves it to todo.json", "saves it to a SQLite database");
        try (FakeModelServer server = new FakeModelServer(Provider.OLLAMA).answer(PlanTexts.answer(altered))) {
            Result result = planner(Provider.OLLAMA, server, Map.of()).run("replan", specFolder(), null);

            assertFalse(result.clean());
            assertEquals(3, server.requests().size());
            assertTrue(result.changes().isEmpty());
            assertTrue(result.message().contains("task 1.1"), result.message());
        }
    }

    @Test
    void aWorkspaceBaseUrlNeverReceivesAKeyFromTheEnvironment() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(PlanTexts.CLEAN))) {
            Files.writeString(folder.resolve(".specls.toml"), "[llm]\nprovider = \"openai\"\nmodel = \"test-model\"\nbaseUrl = \"" + server.baseUrl() + "\"\n");
            Files.writeString(folder.resolve(".env"), "LLM_PROVIDER=openai\n");
            Map<String, String> environment = Map.of("OPENAI_API_KEY", KEY, "SPECLS_LLM_API_KEY", KEY + "-2", "LLM_API_KEY", KEY + "-3");
            LlmSettings settings = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), Map.of(), environment);
            assertEquals(LlmSettings.Origin.WORKSPACE, settings.baseUrlOrigin());

            Result result = new Planner(settings, environment, new Prompts(folder, folder), check(), PlanningProgress.NONE).run("generatePlan", specFolder(), null);

            assertTrue(result.clean(), result.message());
            FakeModelServer.Request request = server.requests().get(0);
            assertNull(request.header("Authorization"), "no key goes to an endpoint only a workspace file names");
            request.headers().values().forEach(values -> values.forEach(value -> assertFalse(value.contains(KEY))));
            assertFalse(request.body().contains(KEY));
            assertFalse(result.message().contains(KEY));
        }
    }

    @Test
    void aDotenvBaseUrlIsAWorkspaceOneToo() throws Exception {
        Files.writeString(folder.resolve(".env"), "LLM_PROVIDER=openai\nLLM_MODEL=gpt-4o\n");
        Files.writeString(folder.resolve(".specls.toml"), "[llm]\nbaseUrl = \"http://127.0.0.1:9/v1\"\n");
        LlmSettings settings = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), null, Map.of("OPENAI_API_KEY", KEY));
        Credentials.Connection connection = Credentials.connect(settings, Map.of("OPENAI_API_KEY", KEY));
        assertNull(connection.key());
        assertTrue(connection.withheldNote().contains("OPENAI_API_KEY"));
        assertFalse(connection.withheldNote().contains(KEY));
        assertFalse(connection.toString().contains(KEY));

        LlmSettings trusted = LlmSettingsReader.read(folder, folder.resolve(".specls.toml"), Map.of("baseUrl", "http://127.0.0.1:9/v1"),
                Map.of("OPENAI_API_KEY", KEY));
        assertEquals(KEY, Credentials.connect(trusted, Map.of("OPENAI_API_KEY", KEY)).key(), "a base URL the user set may get the user's key");
    }

    @Test
    void aRefusedKeyIsNamedButNeverQuoted() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).reply(Reply.error(401, Map.of()))) {
            LlmException failure = assertThrows(LlmException.class,
                    () -> planner(Provider.OPENAI, server, Map.of("OPENAI_API_KEY", KEY)).run("generatePlan", specFolder(), null));
            assertEquals(LlmException.Kind.REFUSED_KEY, failure.kind());
            assertTrue(failure.getMessage().contains("OPENAI_API_KEY"), failure.getMessage());
            assertFalse(failure.getMessage().contains(KEY));
        }
    }

    @Test
    void aRateLimitTellsWhenToTryAgain() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.GEMINI).reply(Reply.error(429, Map.of("Retry-After", "17")))) {
            LlmException failure = assertThrows(LlmException.class,
                    () -> planner(Provider.GEMINI, server, Map.of("GEMINI_API_KEY", KEY)).run("generatePlan", specFolder(), null));
            assertEquals(LlmException.Kind.RATE_LIMITED, failure.kind());
            assertTrue(failure.getMessage().contains("429") && failure.getMessage().contains("17 s"), failure.getMessage());
            assertEquals(1, server.requests().size(), "no retry behind the user's back");
        }
    }

    @Test
    void anUnreachableHostAndATimeoutAreToldApart() throws Exception {
        PlanTexts.specSet(folder);
        LlmSettings unreachable = LlmSettingsReader.read(folder, null, Map.of("provider", "ollama", "baseUrl", "http://127.0.0.1:1"), Map.of());
        LlmException refused = assertThrows(LlmException.class, () -> planner(unreachable, Map.of()).run("generatePlan", specFolder(), null));
        assertEquals(LlmException.Kind.UNREACHABLE, refused.kind(), refused.getMessage());
        assertTrue(refused.getMessage().contains("ollama serve"));

        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).reply(Reply.stall(5000))) {
            LlmSettings slow = LlmSettingsReader.read(folder, null, Map.of("provider", "openai", "baseUrl", server.baseUrl(),
                    "model", "test-model", "timeoutSeconds", 1), Map.of());
            LlmException timeout = assertThrows(LlmException.class, () -> planner(slow, Map.of()).run("generatePlan", specFolder(), null));
            assertEquals(LlmException.Kind.TIMEOUT, timeout.kind(), timeout.getMessage());
        }
    }

    @Test
    void noProviderIsAClearMessage() throws Exception {
        PlanTexts.specSet(folder);
        LlmSettings none = LlmSettingsReader.read(folder, null, Map.of(), Map.of());
        LlmException failure = assertThrows(LlmException.class, () -> planner(none, Map.of()).run("generatePlan", specFolder(), null));
        assertEquals(LlmException.Kind.NOT_CONFIGURED, failure.kind());
        assertTrue(failure.getMessage().contains("specls.llm.provider"));
    }

    @Test
    void cancelAbortsTheRequestInFlightWithinASecond() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer server = new FakeModelServer(Provider.OPENAI).reply(Reply.endless())) {
            Planner planner = planner(Provider.OPENAI, server, Map.of());
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return planner.run("generatePlan", specFolder(), null);
                } catch (LlmException failure) {
                    return failure;
                }
            });
            assertTrue(server.awaitEndlessStarted(10));
            long cancelledAt = System.nanoTime();
            planner.cancel();
            Object outcome = run.get(1, TimeUnit.SECONDS);
            assertTrue(outcome instanceof LlmException failure && failure.kind() == LlmException.Kind.CANCELLED, String.valueOf(outcome));
            long abortedAt = server.awaitEndlessAborted(1);
            assertTrue(abortedAt > 0, "the server saw the connection dropped");
            assertTrue(abortedAt - cancelledAt < TimeUnit.SECONDS.toNanos(1));
            assertFalse(Files.exists(folder.resolve("PLAN.md")));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void structuredAnswersBecomeSagoXml(Provider provider) throws Exception {
        PlanTexts.specSet(folder);
        String json = """
                {"phases":[{"name":"Phase 1: Core","description":"The store","tasks":[
                  {"id":"1.1","depends_on":[],"name":"Create the store","files":["todo/store.py"],
                   "action":"Write the store (REQ-1) and the list (REQ-2).","verify":"python -m pytest tests","done":"REQ-1 and REQ-2 work"},
                  {"id":"1.2","depends_on":["1.1"],"name":"Document","files":["README.md","docs/usage.md"],
                   "action":"Describe the commands & options.","verify":"test -f docs/usage.md","done":"The docs exist"}]}]}""";
        try (FakeModelServer server = new FakeModelServer(provider).answer(json)) {
            LlmSettings settings = LlmSettingsReader.read(folder, null, Map.of("provider", provider.word(), "baseUrl", server.baseUrl(),
                    "model", "test-model", "structuredOutput", true), Map.of());
            Result result = planner(settings, Map.of(provider.word().toUpperCase(java.util.Locale.ROOT) + "_API_KEY", KEY))
                    .run("generatePlan", specFolder(), null);

            assertTrue(result.clean(), result.message());
            String body = server.requests().get(0).body();
            // The schema travels in each provider's own field; its task properties are named there.
            assertTrue(body.contains(switch (provider) {
                case OPENAI -> "\"json_schema\"";
                case ANTHROPIC -> "\"output_config\"";
                case OLLAMA -> "\"format\"";
                case GEMINI -> "\"responseSchema\"";
            }), body);
            assertTrue(body.contains("depends_on"), body);
            String plan = result.changes().get(0).newText();
            assertTrue(plan.contains("<task id=\"1.2\" depends_on=\"1.1\">"), plan);
            assertTrue(plan.contains("commands &amp; options"), plan);
            assertTrue(plan.contains("                README.md\n                docs/usage.md\n"), plan);
        }
    }

    private Planner planner(Provider provider, FakeModelServer server, Map<String, String> environment) {
        Map<String, Object> user = new HashMap<>(Map.of("provider", provider.word(), "baseUrl", server.baseUrl(), "model", "test-model"));
        return planner(LlmSettingsReader.read(folder, null, user, environment), environment);
    }

    private Planner planner(LlmSettings settings, Map<String, String> environment) {
        return new Planner(settings, environment, new Prompts(folder, folder), check(), PlanningProgress.NONE);
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
        return new SpecFolder(folder, folder, workspace().snapshot().specSetOf(Uris.of(folder.resolve("REQUIREMENTS.md"))), SpecFolder.disk(folder));
    }
}
