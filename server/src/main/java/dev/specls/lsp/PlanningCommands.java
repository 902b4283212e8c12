package dev.specls.lsp;

import dev.specls.check.Analysis;
import dev.specls.llm.AnalysisAnswerCheck;
import dev.specls.llm.Estimate;
import dev.specls.llm.LlmException;
import dev.specls.llm.LlmSettings;
import dev.specls.llm.LlmSettingsReader;
import dev.specls.llm.Planner;
import dev.specls.llm.Prompts;
import dev.specls.llm.SpecFolder;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.WorkspaceView;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.lsp4j.AnnotatedTextEdit;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ChangeAnnotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionDisabled;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The planning commands in the editor ({@code specls.generatePlan} and the rest): each reads its spec set at the
 * versions the editor holds, runs the model on a thread of its own with cancellable work-done progress, and offers a
 * clean result only as a {@code workspace/applyEdit} of versioned document edits, none when a file changed while the
 * model was answering. Also offered as code actions where they apply, with the input tokens they would send.
 */
final class PlanningCommands {

    static final String GENERATE_PLAN = "specls.generatePlan";
    static final String REPLAN = "specls.replan";
    static final String PLAN_REQUIREMENT = "specls.planRequirement";
    static final String SUGGEST_VERIFY = "specls.suggestVerify";
    static final String SPLIT_TASK = "specls.splitTask";
    static final String REVIEW_PHASE = "specls.reviewPhase";
    static final String GENERATE_REQUIREMENTS = "specls.generateRequirements";
    static final String ESTIMATE = "specls.estimate";
    static final List<String> NAMES = List.of(GENERATE_PLAN, REPLAN, PLAN_REQUIREMENT, SUGGEST_VERIFY, SPLIT_TASK, REVIEW_PHASE,
            GENERATE_REQUIREMENTS, ESTIMATE);
    /** The planner's name of each command, and the argument it takes from the command's object. */
    private static final Map<String, String[]> PLANNER_COMMANDS = Map.of(
            GENERATE_PLAN, new String[] {"generatePlan", null},
            REPLAN, new String[] {"replan", "feedback"},
            PLAN_REQUIREMENT, new String[] {"planRequirement", "requirementId"},
            SUGGEST_VERIFY, new String[] {"suggestVerify", "taskId"},
            SPLIT_TASK, new String[] {"splitTask", "taskId"},
            REVIEW_PHASE, new String[] {"reviewPhase", "phase"},
            GENERATE_REQUIREMENTS, new String[] {"generateRequirements", "prompt"});
    static final String REVIEW_SOURCE = "specls-review";
    /** The planning commands rewrite the plan: refactorings, which a client asking only for quick fixes does not get. */
    static final String CODE_ACTION_KIND = CodeActionKind.Refactor + ".specls.llm";
    private static final String CONFIRM = "specls.replaceFile";
    /** The spec formats besides sago's whose task files generatePlan and planRequirement write. */
    private static final java.util.Set<SpecFormat> WRITTEN_FORMATS = java.util.EnumSet.of(SpecFormat.SPEC_KIT, SpecFormat.KIRO, SpecFormat.SAGA);
    private static final String SPEC_FILE_NAMES = "PLAN.md REQUIREMENTS.md STATE.md PROJECT.md";

    private final DocumentModel model;
    private final DocumentSync sync;
    private final ServerExecutors executors;
    private final ServerLog log;
    private final SpeclsLanguageServer session;
    private final Map<String, String> environment;
    private final Map<String, Planner> running = new ConcurrentHashMap<>();
    /** Settings problems already logged: code actions read the settings at every cursor move. */
    private final java.util.Set<String> toldProblems = ConcurrentHashMap.newKeySet();

    PlanningCommands(DocumentModel model, DocumentSync sync, ServerExecutors executors, ServerLog log, SpeclsLanguageServer session,
            Map<String, String> environment) {
        this.model = model;
        this.sync = sync;
        this.executors = executors;
        this.log = log;
        this.session = session;
        this.environment = environment;
    }

    /** Cancels the command whose progress the editor's cancel button named. */
    void cancelProgress(Either<String, Integer> token) {
        Planner planner = running.get(String.valueOf(token));
        if (planner != null) {
            planner.cancel();
        }
    }

    CompletableFuture<Object> execute(String command, List<Object> arguments) {
        Map<String, Object> argument;
        try {
            argument = argumentObject(command, arguments);
        } catch (RequestParams.Invalid invalid) {
            return CompletableFuture.failedFuture(error(ResponseErrorCode.InvalidParams, command + ": " + invalid.getMessage()));
        }
        CompletableFuture<Object> response = new CompletableFuture<>();
        sync.settled(null).thenRunAsync(() -> {
            try {
                start(command, argument, response);
            } catch (RequestParams.Invalid invalid) {
                response.completeExceptionally(error(ResponseErrorCode.InvalidParams, command + ": " + invalid.getMessage()));
            } catch (LlmException refused) {
                response.completeExceptionally(error(ResponseErrorCode.RequestFailed, command + ": " + refused.getMessage()));
            } catch (RuntimeException failure) {
                log.error(command + " failed", failure);
                response.completeExceptionally(error(ResponseErrorCode.InternalError, command + " failed: " + failure));
            }
        }, executors.workers());
        return response;
    }

    private void start(String command, Map<String, Object> argument, CompletableFuture<Object> response) throws LlmException {
        URI uri = RequestParams.uri(textArgument(argument, "uri", true), "uri");
        Analysis analysis = model.analysis();
        SpecFolder folder = specFolder(analysis.snapshot(), uri);
        LlmSettings settings = settings(folder.folder());
        if (command.equals(ESTIMATE)) {
            String estimated = textArgument(argument, "command", true);
            String[] planned = PLANNER_COMMANDS.get(estimated.startsWith("specls.") ? estimated : "specls." + estimated);
            if (planned == null) {
                throw new RequestParams.Invalid("command must name a planning command: " + String.join(", ", PLANNER_COMMANDS.keySet()));
            }
            Estimate.Result estimate = planner(analysis, settings, folder, (message, percentage) -> { })
                    .estimate(planned[0], folder, planned[1] == null ? null : textArgument(argument, planned[1], false));
            response.complete(estimateObject(estimate));
            return;
        }
        String[] planned = PLANNER_COMMANDS.get(command);
        String value = planned[1] == null ? null : textArgument(argument, planned[1], !planned[1].equals("feedback"));
        if (!settings.configured()) {
            throw new LlmException(LlmException.Kind.NOT_CONFIGURED, notConfigured(settings));
        }
        WorkDoneProgress.create(session.client(), session.features().workDoneProgress()).thenAcceptAsync(progress -> {
            Planner planner = planner(analysis, settings, folder, (message, percentage) -> progress.report(message, percentage));
            String token = progress.token() == null ? null : String.valueOf(progress.token());
            if (token != null) {
                running.put(token, planner);
            }
            response.whenComplete((ignored, error) -> {
                if (response.isCancelled()) {
                    planner.cancel();
                }
            });
            progress.begin(title(command, settings), true);
            try {
                Planner.Result result = planner.run(planned[0], folder, value);
                Map<String, Object> reply = finish(command, folder, result);
                progress.end(String.valueOf(reply.get("message")));
                response.complete(reply);
            } catch (LlmException failure) {
                progress.end(failure.getMessage());
                if (failure.kind() != LlmException.Kind.CANCELLED) {
                    session.client().showMessage(new MessageParams(MessageType.Error, "specls: " + failure.getMessage()));
                }
                response.completeExceptionally(error(failure.kind() == LlmException.Kind.CANCELLED ? ResponseErrorCode.RequestCancelled
                        : ResponseErrorCode.RequestFailed, command + ": " + failure.getMessage()));
            } catch (RuntimeException failure) {
                log.error(command + " failed", failure);
                progress.end(command + " failed");
                response.completeExceptionally(error(ResponseErrorCode.InternalError, command + " failed: " + failure));
            } finally {
                if (token != null) {
                    running.remove(token);
                }
            }
        }, executors.planning()).exceptionally(failure -> {
            response.completeExceptionally(failure);
            return null;
        });
    }

    /** Offers the result: the edit when it is clean and nothing changed meanwhile, else a message. */
    private Map<String, Object> finish(String command, SpecFolder folder, Planner.Result result) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("requests", result.requests());
        if (!result.clean()) {
            session.client().showMessage(new MessageParams(MessageType.Warning, "specls: " + result.message()));
            reply.put("applied", false);
            reply.put("message", result.message());
            reply.put("remaining", result.remaining());
            return reply;
        }
        if (command.equals(REVIEW_PHASE)) {
            sync.showReview(reviewDiagnostics(result.findings(), folder, session.features().positionEncoding()));
            reply.put("findings", result.findings().size());
        }
        WorkspaceView now = sync.settled(null).thenApply(ignored -> model.view()).join();
        for (Planner.FileChange change : result.changes()) {
            String current = currentText(now, change.uri(), folder.root());
            if (!Objects.equals(current, change.baseText())) {
                String message = Uris.toPath(change.uri()).getFileName() + " changed while the model was answering, so no edit was made; run "
                        + command + " again";
                session.client().showMessage(new MessageParams(MessageType.Warning, "specls: " + message));
                reply.put("applied", false);
                reply.put("message", message);
                return reply;
            }
            if (!now.mayEdit(change.uri())) {
                String message = change.uri() + " is reached through a link, so specls offers no edit of it";
                reply.put("applied", false);
                reply.put("message", message);
                return reply;
            }
        }
        if (result.changes().isEmpty()) {
            reply.put("applied", false);
            reply.put("message", result.message());
            return reply;
        }
        WorkspaceEdit edit = workspaceEdit(now, result.changes(), session.features().positionEncoding(), session.features().createFiles());
        Boolean applied = session.client().applyEdit(new ApplyWorkspaceEditParams(edit, result.changes().get(0).label()))
                .thenApply(response -> response.isApplied()).exceptionally(failure -> false).join();
        reply.put("applied", applied);
        String warnings = result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " warnings left: " + String.join("; ", result.warnings()) + ")";
        String message = result.message() + " after " + result.requests() + (result.requests() == 1 ? " request" : " requests")
                + (applied ? "" : "; the editor did not apply the edit") + warnings;
        session.client().showMessage(new MessageParams(applied ? MessageType.Info : MessageType.Warning, "specls: " + message));
        reply.put("message", message);
        return reply;
    }

    private static WorkspaceEdit workspaceEdit(WorkspaceView view, List<Planner.FileChange> changes, PositionEncoding encoding, boolean createFiles) {
        List<Either<TextDocumentEdit, ResourceOperation>> documentChanges = new ArrayList<>();
        Map<String, ChangeAnnotation> annotations = new LinkedHashMap<>();
        for (Planner.FileChange change : changes) {
            String annotation = null;
            if (change.needsConfirmation()) {
                annotation = CONFIRM + "." + annotations.size();
                ChangeAnnotation confirm = new ChangeAnnotation(change.label());
                confirm.setNeedsConfirmation(true);
                confirm.setDescription("replaces the whole file with the model's checked answer");
                annotations.put(annotation, confirm);
            }
            Range range;
            Integer version = null;
            if (change.baseText() == null && createFiles) {
                CreateFile create = new CreateFile(change.uri().toString(), new CreateFileOptions(false, false));
                create.setAnnotationId(annotation);
                documentChanges.add(Either.forRight(create));
                range = new Range(new Position(0, 0), new Position(0, 0));
            } else if (change.baseText() == null) {
                range = new Range(new Position(0, 0), new Position(0, 0));
            } else {
                LineIndex lines = LineIndex.of(change.baseText());
                range = Diagnostics.range(new Span(0, change.baseText().length()), lines, encoding);
                SourceFile open = view.file(change.uri());
                version = open != null && open.snapshot().version() >= 0 ? open.snapshot().version() : null;
            }
            TextEdit text = annotation == null ? new TextEdit(range, change.newText()) : new AnnotatedTextEdit(range, change.newText(), annotation);
            documentChanges.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(change.uri().toString(), version), List.of(Either.forLeft(text)))));
        }
        WorkspaceEdit edit = new WorkspaceEdit(documentChanges);
        if (!annotations.isEmpty()) {
            edit.setChangeAnnotations(annotations);
        }
        return edit;
    }

    /** Each finding that names a file, on the line it names (the whole line; the file's first line when it names none). */
    private static Map<URI, List<Diagnostic>> reviewDiagnostics(List<Planner.ReviewFinding> findings, SpecFolder folder, PositionEncoding encoding) {
        Map<URI, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Planner.ReviewFinding finding : findings) {
            if (finding.uri() == null) {
                continue;
            }
            String text = folder.texts().apply(Uris.toPath(finding.uri()));
            LineIndex lines = LineIndex.of(text == null ? "" : text);
            int line = Math.min(Math.max(0, finding.line()), lines.lineCount() - 1);
            Range range = Diagnostics.range(new Span(lines.lineStart(line), lines.lineContentEnd(line)), lines, encoding);
            Diagnostic diagnostic = new Diagnostic(range, finding.message());
            diagnostic.setSource(REVIEW_SOURCE);
            diagnostic.setSeverity(switch (finding.severity()) {
                case ERROR -> DiagnosticSeverity.Error;
                case WARNING -> DiagnosticSeverity.Warning;
                default -> DiagnosticSeverity.Information;
            });
            byFile.computeIfAbsent(finding.uri(), ignored -> new ArrayList<>()).add(diagnostic);
        }
        return byFile;
    }

    // ---- code actions --------------------------------------------------------------------------------------------

    /** The planning commands that apply at the range, with the input tokens each would send in its title. */
    List<Either<Command, CodeAction>> codeActions(Analysis analysis, URI uri, Range range, PositionEncoding encoding) {
        WorkspaceView view = analysis.snapshot();
        Path path = Uris.toPath(uri);
        if (path == null || path.getFileName() == null || path.getParent() == null) {
            return List.of();
        }
        String name = path.getFileName().toString();
        SourceFile file = view.file(uri);
        SpecSet specSet = view.specSetOf(uri);
        boolean isPlan = specSet != null && specSet.plan() != null && specSet.plan().uri().equals(uri);
        if (!isPlan && !SPEC_FILE_NAMES.contains(name) && (specSet == null || file == null)) {
            return List.of();
        }
        SpecFolder folder = specFolder(view, uri);
        LlmSettings settings = settings(folder.folder());
        Planner planner = planner(analysis, settings, folder, (message, percentage) -> { });
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        boolean hasPlan = folder.specSet() != null && folder.specSet().sagoPlan();
        if (name.equals("REQUIREMENTS.md") || name.equals("PROJECT.md")) {
            offer(actions, planner, settings, folder, uri, hasPlan ? "Regenerate PLAN.md with the model" : "Generate PLAN.md with the model",
                    GENERATE_PLAN, null, null);
        }
        if (hasPlan && (isPlan || name.equals("STATE.md"))) {
            offer(actions, planner, settings, folder, uri, "Replan with the model (done tasks stay as they are)", REPLAN, null, null);
        }
        if (file == null) {
            return actions;
        }
        LineIndex lines = file.lineIndex();
        int start = lines.offset(new dev.specls.text.LineColumn(range.getStart().getLine(), range.getStart().getCharacter()), encoding);
        SpecTree tree = SpecTrees.of(folder.specSet());
        if (tree != null && WRITTEN_FORMATS.contains(tree.format())) {
            specFormatActions(actions, planner, settings, folder, uri, tree, lines.lineOf(start));
            return actions;
        }
        if (hasPlan && file.requirements() != null) {
            for (Requirement requirement : file.requirements().requirements()) {
                if (requirement.lineSpan().touches(start) && requirement.inScope() && uncovered(folder.specSet(), requirement)) {
                    offer(actions, planner, settings, folder, uri, "Plan tasks for " + requirement.id() + " with the model", PLAN_REQUIREMENT,
                            "requirementId", requirement.id());
                }
            }
        }
        if (isPlan && file.plan() != null) {
            PlanDocument plan = file.plan();
            for (Task task : plan.tasks()) {
                if (task.element().span().touches(start)) {
                    if (task.verify() == null || task.verify().text().isBlank()) {
                        offer(actions, planner, settings, folder, uri, "Suggest a <verify> for task " + task.id() + " with the model", SUGGEST_VERIFY,
                                "taskId", task.id());
                    }
                    offer(actions, planner, settings, folder, uri, "Split task " + task.id() + " with the model", SPLIT_TASK, "taskId", task.id());
                }
            }
            for (Phase phase : plan.phases()) {
                if (phase.element().startTagSpan().touches(start)) {
                    offer(actions, planner, settings, folder, uri, "Review " + phase.name() + " with the model", REVIEW_PHASE, "phase", phase.name());
                }
            }
        }
        return actions;
    }

    /**
     * In a Spec Kit, Kiro or Saga spec set: generatePlan anywhere in its files, planRequirement on the line of a
     * requirement, story or criterion no task implements.
     */
    private void specFormatActions(List<Either<Command, CodeAction>> actions, Planner planner, LlmSettings settings, SpecFolder folder, URI uri,
            SpecTree tree, int line) {
        String tasks = tree.format() == SpecFormat.SAGA ? "the Saga task files" : "tasks.md";
        offer(actions, planner, settings, folder, uri, "Generate " + tasks + " with the model", GENERATE_PLAN, null, null);
        java.util.Set<Declared> covered = new java.util.HashSet<>();
        for (Located located : tree.refs()) {
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (located.ref().kind().covers() && source != null && source.item().kind() == ItemKind.TASK && target != null) {
                covered.add(target);
            }
        }
        for (Declared declared : tree.declared()) {
            boolean plannable = declared.item().kind() == ItemKind.REQUIREMENT || declared.item().kind() == ItemKind.STORY
                    || declared.item().kind() == ItemKind.CRITERION;
            if (plannable && declared.file().uri().equals(uri) && declared.file().lineIndex().lineOf(declared.item().idSpan().start()) == line && !covered.contains(declared)) {
                offer(actions, planner, settings, folder, uri, "Plan tasks for " + declared.item().label(tree.format()) + " with the model",
                        PLAN_REQUIREMENT, "requirementId", declared.item().id());
            }
        }
    }

    private static boolean uncovered(SpecSet specSet, Requirement requirement) {
        return specSet.citations().stream().noneMatch(citation ->
                dev.specls.syntax.RequirementId.canonical(citation.ref().value()).equals(requirement.canonicalId()));
    }

    private void offer(List<Either<Command, CodeAction>> actions, Planner planner, LlmSettings settings, SpecFolder folder, URI uri, String title,
            String command, String key, String value) {
        Map<String, Object> argument = new LinkedHashMap<>();
        argument.put("uri", uri.toString());
        if (key != null) {
            argument.put(key, value);
        }
        String tokens;
        try {
            Estimate.Result estimate = planner.roughEstimate(PLANNER_COMMANDS.get(command)[0], folder, value);
            tokens = String.format(Locale.ROOT, "%s%,d input tokens", estimate.exact() ? "" : "≈", estimate.firstInputTokens());
        } catch (LlmException cannot) {
            return;
        }
        CodeAction action = new CodeAction(title + " (" + tokens + ")");
        action.setKind(CODE_ACTION_KIND);
        if (!settings.configured()) {
            if (!session.features().disabledCodeActions()) {
                return;
            }
            action.setDisabled(new CodeActionDisabled(notConfigured(settings)));
        } else {
            action.setCommand(new Command(title, command, List.of(argument)));
        }
        actions.add(Either.forRight(action));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Planner planner(Analysis analysis, LlmSettings settings, SpecFolder folder, dev.specls.llm.PlanningProgress progress) {
        return new Planner(settings, environment, new Prompts(folder.folder(), folder.root()), new AnalysisAnswerCheck(analysis), progress);
    }

    private LlmSettings settings(Path folder) {
        Path configFile = session.settingsLookup().forFolder(folder).source();
        Object llm = session.clientSettings().get("llm");
        Map<String, ?> user = llm instanceof Map<?, ?> map ? castMap(map) : Map.of();
        LlmSettings settings = LlmSettingsReader.read(folder, configFile, user, environment);
        settings.problems().stream().filter(toldProblems::add).forEach(problem -> log.warn("specls.llm: " + problem));
        return settings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private SpecFolder specFolder(WorkspaceView view, URI uri) {
        Path path = Uris.toPath(uri);
        if (path == null) {
            throw new RequestParams.Invalid("not a file URI: " + uri);
        }
        Path folder = java.nio.file.Files.isDirectory(path) ? path : path.getParent();
        Path root = session.folders().stream().filter(folder::startsWith).findFirst().orElse(folder);
        SpecSet specSet = null;
        for (String member : List.of("PLAN.md", "REQUIREMENTS.md", "STATE.md")) {
            specSet = specSet != null ? specSet : view.specSetOf(Uris.of(folder.resolve(member)));
        }
        if (specSet == null) {
            specSet = view.specSetOf(uri);
        }
        Function<Path, String> texts = file -> currentText(view, Uris.of(file), root);
        // A spec set of another format is planned from its root (a Saga tree's, not the folder of the file the command names).
        Path specSetFolder = SpecTrees.of(specSet) != null ? specSet.folder() : folder;
        return new SpecFolder(specSetFolder, root, specSet, texts);
    }

    /** The file's text as the editor holds it, else as the disk does; {@code null} when it does not exist. */
    private static String currentText(WorkspaceView view, URI uri, Path root) {
        SourceFile held = view.file(uri);
        if (held != null) {
            return held.text();
        }
        Path path = Uris.toPath(uri);
        return path == null ? null : SpecFolder.disk(root).apply(path);
    }

    private static String notConfigured(LlmSettings settings) {
        return "no LLM provider is configured: set specls.llm.provider (openai, anthropic, ollama or gemini) in the editor's settings,"
                + " or [llm] provider in .specls.toml";
    }

    private static String title(String command, LlmSettings settings) {
        return command.substring("specls.".length()) + " with " + settings.provider().word() + " " + settings.model();
    }

    private static Map<String, Object> argumentObject(String command, List<Object> arguments) {
        if (arguments.size() == 1 && arguments.get(0) instanceof Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((key, value) -> object.put(String.valueOf(key), value));
            return object;
        }
        if (arguments.size() == 1 && arguments.get(0) instanceof String uri) {
            return Map.of("uri", uri);
        }
        throw new RequestParams.Invalid("expects one argument, an object such as {\"uri\": \"file:///…/REQUIREMENTS.md\"}");
    }

    private static String textArgument(Map<String, Object> argument, String key, boolean required) {
        Object value = argument.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value == null && !required) {
            return null;
        }
        throw new RequestParams.Invalid(key + " must be a non-empty string");
    }

    private static Map<String, Object> estimateObject(Estimate.Result estimate) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("command", estimate.command());
        object.put("model", estimate.model());
        object.put("exact", estimate.exact());
        object.put("tokenizer", estimate.tokenizer());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Estimate.Step step : estimate.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", step.name());
            entry.put("inputTokens", step.inputTokens());
            entry.put("outputTokens", step.outputTokens());
            entry.put("cost", step.cost());
            steps.add(entry);
        }
        object.put("steps", steps);
        object.put("priceNote", estimate.priceNote());
        return object;
    }

    private static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}
