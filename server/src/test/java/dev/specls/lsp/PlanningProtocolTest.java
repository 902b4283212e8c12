package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.llm.FakeModelServer;
import dev.specls.llm.FakeModelServer.Reply;
import dev.specls.llm.PlanTexts;
import dev.specls.llm.Provider;
import dev.specls.workspace.Uris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning commands over the protocol: the real server, a loopback model, and an editor that applies edits. */
class PlanningProtocolTest {

    private static final String KEY = "sk-lsp-5b2e8f41d0";
    private static final Map<String, String> ENVIRONMENT = Map.of("SPECLS_LLM_API_KEY", KEY);

    @TempDir
    Path folder;

    @Test
    void generatePlanRepairsOnceThenOffersOneEditThatCreatesThePlan() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.OPENAI)
                .answer(PlanTexts.answer(PlanTexts.CYCLE_AND_DANGLING), PlanTexts.answer(PlanTexts.CLEAN));
             ServerSession session = ServerSession.real(ENVIRONMENT)) {
            InitializeResult initialized = initialize(session, model);
            assertTrue(initialized.getCapabilities().getExecuteCommandProvider().getCommands().containsAll(PlanningCommands.NAMES));

            Map<?, ?> reply = execute(session, "specls.generatePlan", Map.of("uri", uri("REQUIREMENTS.md")));

            assertEquals(true, reply.get("applied"), String.valueOf(reply));
            assertEquals(2, model.requests().size());
            assertTrue(model.requests().get(1).body().contains("plan/dependency-cycle"));
            assertTrue(model.requests().get(1).body().contains("plan/dangling-dependency"));
            assertEquals(1, session.client.appliedEdits.size());
            ApplyWorkspaceEditParams edit = session.client.appliedEdits.get(0);
            assertTrue(edit.getEdit().getDocumentChanges().get(0).isRight(), "PLAN.md is created first");
            TextDocumentEdit text = edit.getEdit().getDocumentChanges().get(1).getLeft();
            assertEquals(uri("PLAN.md"), text.getTextDocument().getUri());
            assertTrue(text.getEdits().get(0).getLeft().getNewText().contains(PlanTexts.CLEAN));
            assertTrue(session.client.progress.stream().anyMatch(PlanningProtocolTest::cancellableBegin), "cancellable progress");
            assertNoKeyIn(session.client.logMessages);
            session.assertOutputIsOnlyJsonRpc();
        }
    }

    @Test
    void aClientThatCannotCreateFilesGetsTheNewPlanAsAnEditOfTheDocumentAlone() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.OPENAI).answer(PlanTexts.answer(PlanTexts.CLEAN));
             ServerSession session = ServerSession.real(ENVIRONMENT)) {
            InitializeParams params = params(Map.of("llm", Map.of("provider", "openai", "model", "test-model", "baseUrl", model.baseUrl())));
            params.getCapabilities().getWorkspace().getWorkspaceEdit().setResourceOperations(null);
            session.initialize(params);

            Map<?, ?> reply = execute(session, "specls.generatePlan", Map.of("uri", uri("REQUIREMENTS.md")));

            assertEquals(true, reply.get("applied"), String.valueOf(reply));
            List<Either<TextDocumentEdit, ResourceOperation>> changes = session.client.appliedEdits.get(0).getEdit().getDocumentChanges();
            assertEquals(1, changes.size(), "no CreateFile for a client that does not apply one");
            assertEquals(uri("PLAN.md"), changes.get(0).getLeft().getTextDocument().getUri());
            assertTrue(changes.get(0).getLeft().getEdits().get(0).getLeft().getNewText().contains(PlanTexts.CLEAN));
        }
    }

    @Test
    void replacingAnOpenPlanIsVersionedAndAsksFirst() throws Exception {
        PlanTexts.specSet(folder);
        String plan = "# Plan\n\n```xml\n" + PlanTexts.CLEAN + "\n```\n";
        Files.writeString(folder.resolve("PLAN.md"), plan);
        String updated = PlanTexts.CLEAN.replace("Add a list command that prints every open todo", "Add a list command, sorted by date,");
        try (FakeModelServer model = new FakeModelServer(Provider.ANTHROPIC).answer(PlanTexts.answer(updated));
             ServerSession session = ServerSession.real(Map.of("ANTHROPIC_API_KEY", KEY))) {
            initialize(session, model, Provider.ANTHROPIC);
            session.open(uri("PLAN.md"), 7, plan);

            Map<?, ?> reply = execute(session, "specls.replan", Map.of("uri", uri("PLAN.md"), "feedback", "sort by date"));

            assertEquals(true, reply.get("applied"), String.valueOf(reply));
            ApplyWorkspaceEditParams edit = session.client.appliedEdits.get(0);
            TextDocumentEdit text = edit.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(7, text.getTextDocument().getVersion());
            assertTrue(edit.getEdit().getChangeAnnotations().values().iterator().next().getNeedsConfirmation());
        }
    }

    @Test
    void aPlanEditedWhileTheModelThinksGetsNoEdit() throws Exception {
        PlanTexts.specSet(folder);
        String plan = "# Plan\n\n```xml\n" + PlanTexts.CLEAN + "\n```\n";
        Files.writeString(folder.resolve("PLAN.md"), plan);
        String updated = PlanTexts.CLEAN.replace("Add a list command that prints every open todo", "Add a list command, sorted by date,");
        try (FakeModelServer model = new FakeModelServer(Provider.OLLAMA).reply(Reply.answer(PlanTexts.answer(updated)).after(1500));
             ServerSession session = ServerSession.real(Map.of())) {
            initialize(session, model, Provider.OLLAMA);
            session.open(uri("PLAN.md"), 1, plan);
            CompletableFuture<Object> running = session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("specls.replan", List.of(Map.of("uri", uri("PLAN.md")))));
            assertTrue(model.awaitRequests(1, 10));
            session.change(uri("PLAN.md"), 2, new TextDocumentContentChangeEvent("# Plan, edited\n"));

            Map<?, ?> reply = (Map<?, ?>) ClientSettings.plain(running.get(20, TimeUnit.SECONDS));
            assertEquals(false, reply.get("applied"));
            assertTrue(String.valueOf(reply.get("message")).contains("changed while the model was answering"), String.valueOf(reply));
            assertTrue(session.client.appliedEdits.isEmpty());
            assertTrue(session.client.logMessages.stream().anyMatch(message -> message.getMessage().contains("changed while the model was answering")));
        }
    }

    @Test
    void cancellingTheProgressAbortsTheRequestWithinASecond() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.GEMINI).reply(Reply.endless());
             ServerSession session = ServerSession.real(Map.of("GEMINI_API_KEY", KEY))) {
            initialize(session, model, Provider.GEMINI);
            CompletableFuture<Object> running = session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("specls.generatePlan", List.of(Map.of("uri", uri("PROJECT.md")))));
            assertTrue(model.awaitEndlessStarted(10));
            String token = beginToken(session);
            long cancelledAt = System.nanoTime();
            session.server.cancelProgress(new WorkDoneProgressCancelParams(Either.forLeft(token)));
            ExecutionException failure = assertThrows(ExecutionException.class, () -> running.get(1, TimeUnit.SECONDS));
            assertTrue(failure.getCause().getMessage().contains("cancelled"), failure.getCause().getMessage());
            long abortedAt = model.awaitEndlessAborted(1);
            assertTrue(abortedAt > 0 && abortedAt - cancelledAt < TimeUnit.SECONDS.toNanos(1), "the HTTP request was aborted");
            assertTrue(session.client.appliedEdits.isEmpty());
            assertFalse(Files.exists(folder.resolve("PLAN.md")));
        }
    }

    @Test
    void cancellingTheRequestAbortsTheModelCallToo() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.ANTHROPIC).reply(Reply.endless());
             ServerSession session = ServerSession.real(Map.of("ANTHROPIC_API_KEY", KEY))) {
            initialize(session, model, Provider.ANTHROPIC);
            CompletableFuture<Object> running = session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("specls.generatePlan", List.of(uri("REQUIREMENTS.md"))));
            assertTrue(model.awaitEndlessStarted(10));
            long cancelledAt = System.nanoTime();
            running.cancel(true);
            long abortedAt = model.awaitEndlessAborted(2);
            assertTrue(abortedAt > 0 && abortedAt - cancelledAt < TimeUnit.SECONDS.toNanos(1), "$/cancelRequest aborted the HTTP request");
            assertTrue(session.client.appliedEdits.isEmpty());
        }
    }

    @Test
    void codeActionsShowTheirTokensAndAreDisabledWithoutAProvider() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("PLAN.md"), "# Plan\n\n```xml\n" + PlanTexts.CLEAN.replace(" (REQ-2)", "") + "\n```\n");
        try (ServerSession session = ServerSession.real(Map.of())) {
            session.initialize(params(Map.of()));
            String requirements = Files.readString(folder.resolve("REQUIREMENTS.md"));
            session.open(uri("REQUIREMENTS.md"), 1, requirements);
            session.client.awaitDiagnostics(published -> published.getUri().equals(uri("REQUIREMENTS.md"))
                    && published.getDiagnostics().stream().anyMatch(diagnostic -> diagnostic.getMessage().getLeft().contains("REQ-2")));
            int line = (int) requirements.lines().takeWhile(text -> !text.contains("REQ-2")).count();
            List<Either<Command, CodeAction>> actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri("REQUIREMENTS.md")), new Range(new Position(line, 3), new Position(line, 3)),
                    new CodeActionContext(List.of()))).get(10, TimeUnit.SECONDS);
            CodeAction planRequirement = actions.stream().filter(Either::isRight).map(Either::getRight)
                    .filter(action -> action.getTitle().startsWith("Plan tasks for REQ-2")).findFirst().orElseThrow();
            assertTrue(planRequirement.getTitle().contains("input tokens"), planRequirement.getTitle());
            assertNotNull(planRequirement.getDisabled());
            assertTrue(planRequirement.getDisabled().getReason().contains("specls.llm.provider"));
            assertNull(planRequirement.getCommand());
            assertTrue(actions.stream().noneMatch(action -> action.isRight() && action.getRight().getTitle().startsWith("Plan tasks for REQ-1")),
                    "REQ-1 is covered");
        }
    }

    @Test
    void withAProviderTheCodeActionsCarryTheirCommandAndStayOutOfQuickFixes() throws Exception {
        PlanTexts.specSet(folder);
        String plan = "# Plan\n\n```xml\n" + PlanTexts.CLEAN.replace("<verify>python -m pytest tests/test_cli.py</verify>\n", "") + "\n```\n";
        Files.writeString(folder.resolve("PLAN.md"), plan);
        try (FakeModelServer model = new FakeModelServer(Provider.OLLAMA); ServerSession session = ServerSession.real(Map.of())) {
            initialize(session, model, Provider.OLLAMA);
            session.open(uri("PLAN.md"), 1, plan);
            int line = (int) plan.lines().takeWhile(text -> !text.contains("<task id=\"1.2\"")).count() + 1;
            Range range = new Range(new Position(line, 8), new Position(line, 8));
            List<CodeAction> actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri("PLAN.md")),
                    range, new CodeActionContext(List.of()))).get(10, TimeUnit.SECONDS).stream().filter(Either::isRight).map(Either::getRight).toList();
            CodeAction verify = actions.stream().filter(action -> action.getTitle().startsWith("Suggest a <verify> for task 1.2")).findFirst().orElseThrow();
            assertEquals("refactor.specls.llm", verify.getKind());
            assertEquals("specls.suggestVerify", verify.getCommand().getCommand());
            Map<?, ?> argument = (Map<?, ?>) ClientSettings.plain(verify.getCommand().getArguments().get(0));
            assertEquals("1.2", argument.get("taskId"));
            assertTrue(actions.stream().anyMatch(action -> action.getTitle().startsWith("Split task 1.2")));

            CodeActionContext quickFixesOnly = new CodeActionContext(List.of());
            quickFixesOnly.setOnly(List.of("quickfix"));
            List<Either<Command, CodeAction>> fixes = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri("PLAN.md")), range, quickFixesOnly)).get(10, TimeUnit.SECONDS);
            assertTrue(fixes.stream().noneMatch(action -> action.isRight() && action.getRight().getTitle().contains("with the model")));
            assertTrue(model.requests().isEmpty(), "offering actions asks the model nothing");
        }
    }

    @Test
    void inASpecKitFeatureTheRequirementsActionAddsTasksToTheOpenTasksMdAsAVersionedEdit() throws Exception {
        Path feature = folder.resolve("specs/001-albums");
        Files.createDirectories(feature);
        String spec = "# Feature Specification: Albums\n\n## User Scenarios & Testing\n\n### User Story 1 - Create an album (Priority: P1)\n\n"
                + "A user names an album.\n\n## Requirements\n\n- **FR-001**: System MUST create an album.\n"
                + "- **FR-002**: System MUST reject a duplicate name.\n";
        String tasks = "# Tasks: Albums\n\n## Phase 1: User Story 1 - Create an album (Priority: P1)\n\n"
                + "- [ ] T001 [US1] Create the album model in src/model.py (FR-001)\n";
        String added = tasks + "- [ ] T002 [US1] Reject a duplicate name in src/api.py (FR-002) (depends on T001)\n";
        Files.writeString(feature.resolve("spec.md"), spec);
        Files.writeString(feature.resolve("tasks.md"), tasks);
        try (FakeModelServer model = new FakeModelServer(Provider.GEMINI).answer("=== FILE: tasks.md ===\n" + added);
             ServerSession session = ServerSession.real(Map.of("GEMINI_API_KEY", KEY))) {
            initialize(session, model, Provider.GEMINI);
            session.open(uri("specs/001-albums/tasks.md"), 4, tasks);
            session.open(uri("specs/001-albums/spec.md"), 1, spec);
            int line = (int) spec.lines().takeWhile(text -> !text.contains("FR-002")).count();
            Range range = new Range(new Position(line, 5), new Position(line, 5));
            List<CodeAction> actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri("specs/001-albums/spec.md")), range, new CodeActionContext(List.of())))
                    .get(10, TimeUnit.SECONDS).stream().filter(Either::isRight).map(Either::getRight).toList();
            assertTrue(actions.stream().anyMatch(action -> action.getTitle().startsWith("Generate tasks.md with the model")),
                    actions.stream().map(CodeAction::getTitle).toList().toString());
            CodeAction plan = actions.stream().filter(action -> action.getTitle().startsWith("Plan tasks for")).findFirst().orElseThrow();
            Map<?, ?> argument = (Map<?, ?>) ClientSettings.plain(plan.getCommand().getArguments().get(0));
            assertEquals("FR-002", argument.get("requirementId"));
            assertTrue(model.requests().isEmpty(), "offering actions asks the model nothing");

            Map<?, ?> reply = execute(session, plan.getCommand().getCommand(), castArgument(argument));

            assertEquals(true, reply.get("applied"), String.valueOf(reply));
            ApplyWorkspaceEditParams edit = session.client.appliedEdits.get(0);
            TextDocumentEdit text = edit.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(uri("specs/001-albums/tasks.md"), text.getTextDocument().getUri());
            assertEquals(4, text.getTextDocument().getVersion(), "the edit names the version the model's answer was computed from");
            assertEquals(added, text.getEdits().get(0).getLeft().getNewText());
            assertNoKeyIn(session.client.logMessages);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castArgument(Map<?, ?> argument) {
        return (Map<String, Object>) argument;
    }

    @Test
    void reviewFindingsBecomeDiagnosticsAndASummaryInState() throws Exception {
        PlanTexts.specSet(folder);
        Files.writeString(folder.resolve("PLAN.md"), "# Plan\n\n```xml\n" + PlanTexts.CLEAN + "\n```\n");
        Files.writeString(folder.resolve("STATE.md"), "# State\n\n[✓] 1.1: Create the todo store\n");
        Files.createDirectories(folder.resolve("todo"));
        Files.writeString(folder.resolve("todo/store.py"), "def add(todo):\n    pass\n");
        String review = "- [CRITICAL] add() stores nothing (todo/store.py:2)\n- [SUGGESTION] name the file format\n\nNot done yet.";
        try (FakeModelServer model = new FakeModelServer(Provider.OPENAI).answer(review);
             ServerSession session = ServerSession.real(ENVIRONMENT)) {
            initialize(session, model);
            Map<?, ?> reply = execute(session, "specls.reviewPhase", Map.of("uri", uri("PLAN.md"), "phase", "Phase 1: Core"));

            assertEquals(true, reply.get("applied"), String.valueOf(reply));
            var published = session.client.awaitDiagnostics(params -> params.getUri().equals(uri("todo/store.py")));
            assertEquals("specls-review", published.getDiagnostics().get(0).getSource());
            assertEquals(1, published.getDiagnostics().get(0).getRange().getStart().getLine());
            var onThePhase = session.client.awaitDiagnostics(params -> params.getUri().equals(uri("PLAN.md"))
                    && params.getDiagnostics().stream().anyMatch(diagnostic -> "specls-review".equals(diagnostic.getSource())));
            var suggestion = onThePhase.getDiagnostics().stream().filter(diagnostic -> "specls-review".equals(diagnostic.getSource())).findFirst().orElseThrow();
            assertTrue(suggestion.getMessage().getLeft().contains("[SUGGESTION] name the file format"));
            assertEquals(4, suggestion.getRange().getStart().getLine(), "a finding that names no file sits on the phase's start tag");
            TextDocumentEdit state = session.client.appliedEdits.get(0).getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(uri("STATE.md"), state.getTextDocument().getUri());
            assertTrue(state.getEdits().get(0).getLeft().getNewText().contains("## Phase Summary: Phase 1: Core\n\n- [CRITICAL]"));
        }
    }

    @Test
    void aBaseUrlFromTheWorkspaceNeverReceivesTheEditorsKey() throws Exception {
        PlanTexts.specSet(folder);
        try (FakeModelServer model = new FakeModelServer(Provider.OPENAI).reply(Reply.error(401, Map.of()));
             ServerSession session = ServerSession.real(Map.of("OPENAI_API_KEY", KEY))) {
            Files.writeString(folder.resolve(".specls.toml"), "[llm]\nprovider = \"openai\"\nmodel = \"test-model\"\nbaseUrl = \"" + model.baseUrl() + "\"\n");
            Files.writeString(folder.resolve(".env"), "LLM_PROVIDER=openai\n");
            session.initialize(params(Map.of()));

            ExecutionException refused = assertThrows(ExecutionException.class, () -> session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("specls.generatePlan", List.of(Map.of("uri", uri("REQUIREMENTS.md"))))).get(20, TimeUnit.SECONDS));

            assertEquals(1, model.requests().size());
            assertNull(model.requests().get(0).header("Authorization"));
            model.requests().get(0).headers().values().forEach(values -> values.forEach(value -> assertFalse(value.contains(KEY))));
            assertTrue(refused.getCause().getMessage().contains("not sent to " + model.baseUrl()), refused.getCause().getMessage());
            assertFalse(refused.getCause().getMessage().contains(KEY));
            assertNoKeyIn(session.client.logMessages);
            session.assertOutputIsOnlyJsonRpc();
        }
    }

    @Test
    void withoutAProviderTheCommandSaysHowToSetOne() throws Exception {
        PlanTexts.specSet(folder);
        try (ServerSession session = ServerSession.real(Map.of())) {
            session.initialize(params(Map.of()));
            ExecutionException failure = assertThrows(ExecutionException.class, () -> session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("specls.generatePlan", List.of(Map.of("uri", uri("REQUIREMENTS.md"))))).get(10, TimeUnit.SECONDS));
            assertTrue(failure.getCause().getMessage().contains("specls.llm.provider"), failure.getCause().getMessage());
            Map<?, ?> estimate = execute(session, "specls.estimate", Map.of("uri", uri("REQUIREMENTS.md"), "command", "generatePlan"));
            assertEquals("generatePlan", estimate.get("command"));
            assertTrue(((Number) ((Map<?, ?>) ((List<?>) estimate.get("steps")).get(0)).get("inputTokens")).intValue() > 100);
        }
    }

    private static boolean cancellableBegin(ProgressParams params) {
        return params.getValue().isLeft() && params.getValue().getLeft() instanceof WorkDoneProgressBegin begin && Boolean.TRUE.equals(begin.getCancellable());
    }

    private static String beginToken(ServerSession session) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            for (ProgressParams params : session.client.progress) {
                if (cancellableBegin(params)) {
                    return params.getToken().getLeft();
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no cancellable progress began");
    }

    private static void assertNoKeyIn(List<MessageParams> messages) {
        messages.forEach(message -> assertFalse(message.getMessage().contains(KEY), message.getMessage()));
    }

    private Map<?, ?> execute(ServerSession session, String command, Map<String, Object> argument) throws Exception {
        Object reply = session.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(argument))).get(20, TimeUnit.SECONDS);
        return (Map<?, ?>) dev.specls.lsp.ClientSettings.plain(reply);
    }

    private InitializeResult initialize(ServerSession session, FakeModelServer model) throws Exception {
        return initialize(session, model, Provider.OPENAI);
    }

    private InitializeResult initialize(ServerSession session, FakeModelServer model, Provider provider) throws Exception {
        return session.initialize(params(Map.of("llm", Map.of("provider", provider.word(), "model", "test-model", "baseUrl", model.baseUrl()))));
    }

    private InitializeParams params(Map<String, Object> options) {
        ClientCapabilities capabilities = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CodeActionCapabilities codeAction = new CodeActionCapabilities();
        codeAction.setDisabledSupport(true);
        text.setCodeAction(codeAction);
        capabilities.setTextDocument(text);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        edits.setResourceOperations(List.of("create"));
        workspace.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspace);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.of(folder).toString(), "specs")));
        params.setInitializationOptions(options);
        return params;
    }

    private String uri(String name) {
        return Uris.of(folder.resolve(name)).toString();
    }
}
