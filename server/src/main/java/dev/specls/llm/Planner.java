package dev.specls.llm;

import dev.specls.syntax.TaskStatus;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.llm.Credentials.Connection;
import dev.specls.llm.LlmException.Kind;
import dev.specls.llm.RepairLoop.Checked;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.text.LineIndex;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.SpecTree;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The planning commands: each builds its prompt from the spec set, runs the {@link RepairLoop} and turns a clean
 * answer into file changes the caller offers to the user. Nothing here writes a user's file; a broken answer is kept
 * in {@code .specls/last-answer.md} and described.
 */
public final class Planner {

    /**
     * One change to offer: {@code baseText} is what the change was computed from (a file that differs by then gets no
     * edit), {@code null} for a file to create.
     */
    public record FileChange(URI uri, String baseText, String newText, String label, boolean needsConfirmation) {
    }

    /** A review finding: the {@code uri} it names, or {@code null}; its {@code line} (0-based), or -1 when it names none. */
    public record ReviewFinding(URI uri, int line, Severity severity, String message) {
    }

    /**
     * @param clean      true when the answer passed every check and {@code changes} may be offered
     * @param changes    the edits to offer
     * @param message    what happened, for the user
     * @param remaining  the errors the last answer still has (not clean), one line each
     * @param warnings   what the user should know of a clean answer
     * @param findings   a review's findings
     * @param requests   how many requests were sent
     * @param lastAnswer where the raw answer of a broken run was kept, or {@code null}
     */
    public record Result(boolean clean, List<FileChange> changes, String message, List<String> remaining, List<String> warnings,
            List<ReviewFinding> findings, int requests, Path lastAnswer) {
    }

    /** A command's request and how its answer is checked and used, built without the network (for estimates too). */
    record Job(String title, String system, String user, ResponseFormat format, Function<String, Checked> check,
            Function<Checked, Result> finish, int expectedOutputTokens, boolean repairs) {
    }

    private static final int MAX_LISTED_WARNINGS = 10;
    private static final int MAX_REVIEWED_FILE_CHARS = 8000;

    private final LlmSettings settings;
    private final Map<String, String> environment;
    private final Prompts prompts;
    private final AnswerCheck check;
    private final PlanningProgress progress;
    private final SpecTaskFiles specTaskFiles;
    private volatile ChatClient client;
    private volatile boolean cancelled;

    public Planner(LlmSettings settings, Map<String, String> environment, Prompts prompts, AnswerCheck check, PlanningProgress progress) {
        this.settings = settings;
        this.environment = environment;
        this.prompts = prompts;
        this.check = check;
        this.progress = progress;
        this.specTaskFiles = new SpecTaskFiles(check, prompts);
    }

    /** Aborts the request in flight (from any thread): the running command fails with {@link Kind#CANCELLED}. */
    public void cancel() {
        cancelled = true;
        ChatClient running = client;
        if (running != null) {
            running.abort();
        }
    }

    /** Sends the job's request and checks and repairs the answer. */
    Result run(Job job, Path folder) throws LlmException {
        if (!settings.configured()) {
            throw notConfigured(settings);
        }
        Connection connection = Credentials.connect(settings, environment);
        ChatClient chat = new ChatClient(connection, settings);
        client = chat;
        if (cancelled) {
            chat.abort();
        }
        RepairLoop loop = new RepairLoop(chat, prompts, job.repairs() ? settings.maxRepairs() : 0, progress);
        RepairLoop.Outcome outcome = loop.run(job.system(), job.user(), job.format(), job.check());
        if (outcome.checked().clean()) {
            Result result = job.finish().apply(outcome.checked());
            return new Result(true, result.changes(), result.message(), List.of(), outcome.checked().warnings(), result.findings(),
                    outcome.requests(), null);
        }
        Path kept = LastAnswer.save(folder, outcome.answer());
        List<String> remaining = outcome.checked().errors();
        String message = job.title() + ": the answer still has " + remaining.size() + (remaining.size() == 1 ? " error" : " errors") + " after "
                + outcome.requests() + (outcome.requests() == 1 ? " request" : " requests") + ", so nothing was changed:\n"
                + RepairLoop.bullets(remaining) + (kept == null ? "" : "\nThe raw answer is in " + kept + ".");
        return new Result(false, List.of(), message, remaining, outcome.checked().warnings(), List.of(), outcome.requests(), kept);
    }

    static LlmException notConfigured(LlmSettings settings) {
        return new LlmException(Kind.NOT_CONFIGURED, "no LLM provider is configured: set specls.llm.provider (" + Provider.words()
                + ") in the editor's settings, [llm] provider in .specls.toml, SPECLS_LLM_PROVIDER, or LLM_PROVIDER in .env"
                + (settings.problems().isEmpty() ? "" : " (" + String.join("; ", settings.problems()) + ")"));
    }

    /**
     * What a command would send, counted without the network.
     *
     * @param command   {@code generatePlan}, {@code replan}, {@code planRequirement}, {@code splitTask}, {@code suggestVerify},
     *                  {@code reviewPhase} or {@code generateRequirements}
     * @param argument  the command's one argument: feedback, requirement id, task id, phase name or idea
     */
    public Estimate.Result estimate(String command, SpecFolder folder, String argument) throws LlmException {
        return Estimate.of(job(command, folder, argument), settings, true);
    }

    /** The same at four characters a token, without loading a tokenizer: for code action titles, shown at every cursor move. */
    public Estimate.Result roughEstimate(String command, SpecFolder folder, String argument) throws LlmException {
        return Estimate.of(job(command, folder, argument), settings, false);
    }

    /** Runs a command by name, with its one argument as in {@link #estimate}. */
    public Result run(String command, SpecFolder folder, String argument) throws LlmException {
        return run(job(command, folder, argument), folder.folder());
    }

    /** The names {@link #run(String, SpecFolder, String)} takes. */
    public static final List<String> COMMANDS = List.of("generatePlan", "replan", "planRequirement", "splitTask", "suggestVerify", "reviewPhase",
            "generateRequirements");

    private Job job(String command, SpecFolder folder, String argument) throws LlmException {
        return switch (command) {
            case "generatePlan" -> generatePlanJob(folder);
            case "replan" -> replanJob(folder, argument);
            case "planRequirement" -> planRequirementJob(folder, argument);
            case "splitTask" -> splitTaskJob(folder, argument);
            case "suggestVerify" -> suggestVerifyJob(folder, argument);
            case "reviewPhase" -> reviewPhaseJob(folder, argument);
            case "generateRequirements" -> generateRequirementsJob(folder, argument);
            default -> throw new LlmException(Kind.INVALID_INPUT, "no planning command " + command + " (known: " + String.join(", ", COMMANDS) + ")");
        };
    }

    // ---- the jobs ------------------------------------------------------------------------------------------------

    Job generatePlanJob(SpecFolder folder) throws LlmException {
        SpecTree tasksOfAnotherFormat = SpecTaskFiles.writable(folder);
        if (tasksOfAnotherFormat != null) {
            return specTaskFiles.generate(folder, tasksOfAnotherFormat, settings.maxTokens());
        }
        String requirements = folder.text("REQUIREMENTS.md");
        String project = folder.text("PROJECT.md");
        if (requirements == null && project == null) {
            throw new LlmException(Kind.INVALID_INPUT, "generatePlan needs PROJECT.md or REQUIREMENTS.md in " + folder.folder()
                    + " (specls.generateRequirements or `specls init --prompt` writes both from an idea)");
        }
        String existing = folder.planText();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("context", context(folder, List.of("PROJECT.md", "REQUIREMENTS.md", "IMPORTANT.md", "STATE.md")));
        inputs.put("format", formatInstruction());
        int requirementCount = requirements == null ? 5 : RequirementsParser.parse(requirements).requirements().size();
        return new Job("generatePlan", prompts.render("planner", Map.of()), prompts.render("plan", inputs), StructuredPlan.format(settings),
                answer -> checkPlan(folder, existing, answer, List.of()),
                checked -> changeResult(new FileChange(folder.planUri(), existing, checked.result(),
                        existing == null ? "Create PLAN.md from the generated plan" : "Replace PLAN.md with the generated plan", existing != null),
                        "generatePlan: a clean plan of " + taskCount(checked.result()) + " tasks"),
                Math.min(settings.maxTokens(), 300 + 250 * Math.max(1, requirementCount)), true);
    }

    Job replanJob(SpecFolder folder, String feedback) throws LlmException {
        String existing = requirePlan(folder, "replan");
        PlanDocument plan = PlanParser.parse(existing);
        SpecSet specSet = folder.specSet();
        List<Task> done = new ArrayList<>();
        StringBuilder status = new StringBuilder();
        for (Task task : plan.tasks()) {
            TaskStatus taskStatus = specSet == null ? TaskStatus.PENDING : specSet.status(task);
            status.append("- ").append(task.id()).append(": ").append(task.name() == null ? "" : task.name().text().strip())
                    .append(" — ").append(taskStatus.word().toUpperCase(java.util.Locale.ROOT)).append('\n');
            if (taskStatus == TaskStatus.DONE) {
                done.add(task);
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("plan", PlanFile.block(existing));
        inputs.put("status", status.length() == 0 ? "No STATE.md: every task is pending.\n" : status.toString());
        inputs.put("done", done.isEmpty() ? "(none)" : RepairLoop.bullets(done.stream().map(Task::id).toList()));
        inputs.put("feedback", feedback == null || feedback.isBlank() ? "Bring the plan in line with the requirements and the state of the work."
                : feedback.strip());
        inputs.put("context", context(folder, List.of("PROJECT.md", "REQUIREMENTS.md")));
        return new Job("replan", prompts.render("replanner", Map.of()), prompts.render("replan", inputs), StructuredPlan.format(settings),
                answer -> checkPlan(folder, existing, answer, List.of(unchanged(existing, done, "is marked ✓ done in STATE.md"))),
                checked -> changeResult(new FileChange(folder.planUri(), existing, checked.result(), "Replace PLAN.md with the updated plan", true),
                        "replan: " + done.size() + " done tasks kept byte-identical, " + taskCount(checked.result()) + " tasks in all"),
                estimateTokens(existing) + 200, true);
    }

    Job planRequirementJob(SpecFolder folder, String requirementId) throws LlmException {
        SpecTree tasksOfAnotherFormat = SpecTaskFiles.writable(folder);
        if (tasksOfAnotherFormat != null) {
            return specTaskFiles.planRequirement(folder, tasksOfAnotherFormat, requirementId);
        }
        String existing = requirePlan(folder, "planRequirement");
        String canonical = RequirementId.canonical(requirementId == null ? "" : requirementId.strip());
        List<Requirement> declared = folder.specSet() == null ? List.of() : folder.specSet().requirements(canonical);
        if (declared.isEmpty()) {
            throw new LlmException(Kind.INVALID_INPUT, "planRequirement: REQUIREMENTS.md declares no requirement " + requirementId);
        }
        Requirement requirement = declared.get(0);
        List<Task> old = PlanParser.parse(existing).tasks();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("requirement", requirement.id());
        inputs.put("requirementText", requirement.text());
        inputs.put("plan", PlanFile.block(existing));
        inputs.put("context", context(folder, List.of("PROJECT.md", "REQUIREMENTS.md")));
        List<Function<String, List<String>>> extra = new ArrayList<>();
        extra.add(unchanged(existing, old, "was in the plan before, and planRequirement adds tasks only"));
        extra.add(text -> cites(text, canonical) ? List.of()
                : List.of("no task cites " + requirement.id() + ": cite it in the <action> or <done> of each new task"));
        extra.add(followsNumbering(old));
        return new Job("planRequirement", prompts.render("planner", Map.of()), prompts.render("plan-requirement", inputs), StructuredPlan.format(settings),
                answer -> checkPlan(folder, existing, answer, extra),
                checked -> changeResult(new FileChange(folder.planUri(), existing, checked.result(), "Add tasks for " + requirement.id(), false),
                        "planRequirement: " + (taskCount(checked.result()) - old.size()) + " tasks added for " + requirement.id()),
                400, true);
    }

    Job splitTaskJob(SpecFolder folder, String taskId) throws LlmException {
        String existing = requirePlan(folder, "splitTask");
        PlanDocument plan = PlanParser.parse(existing);
        Task target = task(plan, taskId, "splitTask");
        List<Task> untouched = plan.tasks().stream()
                .filter(task -> !task.id().equals(target.id()) && task.dependsOn().stream().noneMatch(ref -> ref.value().equals(target.id())))
                .toList();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("task", target.id());
        inputs.put("plan", PlanFile.block(existing));
        inputs.put("context", context(folder, List.of("REQUIREMENTS.md")));
        List<Function<String, List<String>>> extra = new ArrayList<>();
        extra.add(unchanged(existing, untouched, "neither is " + target.id() + " nor depends on it"));
        extra.add(text -> taskCount(text) > plan.tasks().size() ? List.of()
                : List.of("the answer has no more tasks than before: split " + target.id() + " into two to five tasks"));
        extra.add(followsNumbering(plan.tasks()));
        extra.add(dependentsRepointed(plan.tasks(), target.id()));
        return new Job("splitTask", prompts.render("planner", Map.of()), prompts.render("split-task", inputs), StructuredPlan.format(settings),
                answer -> checkPlan(folder, existing, answer, extra),
                checked -> changeResult(new FileChange(folder.planUri(), existing, checked.result(), "Split task " + target.id(), false),
                        "splitTask: " + target.id() + " split into " + (taskCount(checked.result()) - plan.tasks().size() + 1) + " tasks"),
                600, true);
    }

    Job suggestVerifyJob(SpecFolder folder, String taskId) throws LlmException {
        String existing = requirePlan(folder, "suggestVerify");
        PlanDocument plan = PlanParser.parse(existing);
        Task target = task(plan, taskId, "suggestVerify");
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("task", target.id());
        inputs.put("taskXml", existing.substring(target.element().span().start(), target.element().span().end()));
        return new Job("suggestVerify", prompts.render("planner", Map.of()), prompts.render("suggest-verify", inputs), null,
                answer -> checkVerify(folder, existing, target, answer),
                checked -> changeResult(new FileChange(folder.planUri(), existing, checked.result(), "Add a <verify> to task " + target.id(), false),
                        "suggestVerify: a <verify> for task " + target.id()),
                60, true);
    }

    Job reviewPhaseJob(SpecFolder folder, String phaseName) throws LlmException {
        String existing = requirePlan(folder, "reviewPhase");
        PlanDocument plan = PlanParser.parse(existing);
        Phase phase = plan.phases().stream().filter(candidate -> candidate.name().equals(phaseName)).findFirst()
                .orElseThrow(() -> new LlmException(Kind.INVALID_INPUT, "reviewPhase: the plan has no phase named \"" + phaseName + "\" (phases: "
                        + String.join(", ", plan.phases().stream().map(Phase::name).toList()) + ")"));
        StringBuilder tasks = new StringBuilder("Phase: " + phase.name() + "\n");
        StringBuilder files = new StringBuilder("Files the phase's tasks name:\n");
        for (Task task : phase.tasks()) {
            tasks.append("\nTask ").append(task.id()).append(": ").append(task.name() == null ? "" : task.name().text().strip())
                    .append("\n  Action: ").append(task.action() == null ? "" : task.action().text().strip())
                    .append("\n  Done when: ").append(task.done() == null ? "" : task.done().text().strip()).append('\n');
            task.files().forEach(file -> {
                String content = folder.inside(file.value());
                if (content != null) {
                    files.append("\n--- ").append(file.value()).append(" ---\n")
                            .append(content.length() > MAX_REVIEWED_FILE_CHARS ? content.substring(0, MAX_REVIEWED_FILE_CHARS) + "\n… (cut)" : content)
                            .append('\n');
                }
            });
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("instructions", plan.review() == null ? "Check correctness, edge cases, security and fit with the requirements."
                : plan.review().text().strip());
        inputs.put("phase", tasks.toString());
        inputs.put("files", files.toString());
        inputs.put("context", context(folder, List.of("PROJECT.md", "REQUIREMENTS.md")));
        String state = folder.stateText();
        return new Job("reviewPhase", prompts.render("reviewer", Map.of()), prompts.render("review", inputs), null,
                answer -> answer.isBlank() ? new Checked(null, List.of("the answer is empty: write the review"), List.of())
                        : new Checked(answer.strip(), List.of(), List.of()),
                checked -> reviewResult(folder, phase.name(), LineIndex.of(existing).lineOf(phase.element().startTagSpan().start()), state,
                        checked.result()),
                800, false);
    }

    Job generateRequirementsJob(SpecFolder folder, String idea) throws LlmException {
        if (idea == null || idea.isBlank()) {
            throw new LlmException(Kind.INVALID_INPUT, "generateRequirements needs a prompt: the one-line idea of the project");
        }
        String project = folder.text("PROJECT.md");
        String requirements = folder.text("REQUIREMENTS.md");
        Path name = folder.folder().getFileName();
        Map<String, String> inputs = Map.of("name", name == null ? "project" : name.toString(), "idea", idea.strip());
        return new Job("generateRequirements", prompts.render("architect", Map.of()), prompts.render("requirements", inputs), null,
                this::checkRequirementFiles,
                checked -> {
                    Map<String, String> files = GeneratedFiles.parse(checked.result());
                    List<FileChange> changes = List.of(
                            new FileChange(folder.fileUri("PROJECT.md"), project, files.get("PROJECT.md"),
                                    project == null ? "Create PROJECT.md" : "Replace PROJECT.md", project != null),
                            new FileChange(folder.fileUri("REQUIREMENTS.md"), requirements, files.get("REQUIREMENTS.md"),
                                    requirements == null ? "Create REQUIREMENTS.md" : "Replace REQUIREMENTS.md", requirements != null));
                    int count = RequirementsParser.parse(files.get("REQUIREMENTS.md")).requirements().size();
                    return new Result(true, changes, "generateRequirements: PROJECT.md and REQUIREMENTS.md with " + count + " requirements",
                            List.of(), List.of(), List.of(), 0, null);
                },
                1500, true);
    }

    // ---- checks --------------------------------------------------------------------------------------------------

    /** The plan file an answer makes, with the errors specls' rules and the command's own conditions find in it. */
    private Checked checkPlan(SpecFolder folder, String existing, String answer, List<Function<String, List<String>>> conditions) {
        String phases;
        try {
            phases = settings.structuredOutput() ? StructuredPlan.toXml(answer) : PlanFile.phasesOf(answer);
        } catch (IllegalArgumentException unreadable) {
            return new Checked(null, List.of(unreadable.getMessage()), List.of());
        }
        if (phases == null) {
            return new Checked(null, List.of("the answer holds no <phases> … </phases> block: answer with the whole block"), List.of());
        }
        String fileText = PlanFile.withBlock(existing, phases);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        describe(check.planFindings(folder.specSet(), folder.folder(), folder.planUri(), fileText), fileText, errors, warnings);
        for (Function<String, List<String>> condition : conditions) {
            errors.addAll(condition.apply(fileText));
        }
        return new Checked(fileText, errors, warnings);
    }

    private Checked checkVerify(SpecFolder folder, String existing, Task target, String answer) {
        String command = answer.strip();
        if (command.startsWith("```")) {
            command = command.replaceAll("^```[a-z]*\\s*", "").replaceAll("\\s*```$", "").strip();
        }
        if (command.isEmpty() || command.contains("\n")) {
            return new Checked(null, List.of("answer with one shell command on one line, nothing else"), List.of());
        }
        String element = "<verify>" + command.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</verify>";
        String fileText;
        if (target.verify() != null) {
            // An empty <verify/> is there already: it gets the command.
            Span empty = target.verify().element().span();
            fileText = existing.substring(0, empty.start()) + element + existing.substring(empty.end());
        } else if (target.done() != null) {
            // Before <done>, where sago's order puts it, on a line of its own at the same indentation.
            int at = target.done().element().span().start();
            fileText = existing.substring(0, at) + element + "\n" + indentBefore(existing, at) + existing.substring(at);
        } else {
            // Last in the task, one level deeper than the task's own tags.
            int at = target.element().contentSpan().end();
            fileText = existing.substring(0, at) + "    " + element + "\n" + indentBefore(existing, target.element().span().start())
                    + existing.substring(at);
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Finding> findings = check.planFindings(folder.specSet(), folder.folder(), folder.planUri(), fileText);
        Task added = PlanParser.parse(fileText).tasks().stream().filter(task -> task.id().equals(target.id())).findFirst().orElse(null);
        List<Finding> onVerify = findings.stream()
                .filter(finding -> added != null && added.verify() != null && added.verify().element().span().contains(finding.span()))
                .toList();
        // The command was asked for because the task had none that can fail: a warning on it is as bad as an error.
        describe(onVerify.stream().map(finding -> finding.severity() == Severity.WARNING
                ? new Finding(finding.uri(), finding.span(), finding.code(), Severity.ERROR, finding.message(), finding.related()) : finding)
                .toList(), fileText, errors, warnings);
        return new Checked(fileText, errors, warnings);
    }

    private static String indentBefore(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    private Checked checkRequirementFiles(String answer) {
        Map<String, String> files = GeneratedFiles.parse(answer);
        List<String> errors = new ArrayList<>();
        for (String name : List.of("PROJECT.md", "REQUIREMENTS.md")) {
            if (!files.containsKey(name)) {
                errors.add("the answer has no \"=== FILE: " + name + " ===\" section");
            }
        }
        if (files.containsKey("REQUIREMENTS.md") && RequirementsParser.parse(files.get("REQUIREMENTS.md")).requirements().isEmpty()) {
            errors.add("REQUIREMENTS.md declares no requirement specls or sago can read: write each as `* [ ] **REQ-1:** text`");
        }
        return new Checked(errors.isEmpty() ? answer : null, errors, List.of());
    }

    /** Each finding as one line the model can act on: where in its block, which rule, what is wrong. */
    private static void describe(List<Finding> findings, String fileText, List<String> errors, List<String> warnings) {
        LineIndex lines = LineIndex.of(fileText);
        int firstLine = lines.lineOf(PlanFile.blockStart(fileText));
        for (Finding finding : findings) {
            int line = lines.lineOf(finding.span().start()) - firstLine + 1;
            String text = (line >= 1 ? "line " + line + " of the <phases> block: " : "") + finding.code() + ": " + finding.message();
            if (finding.severity() == Severity.ERROR) {
                errors.add(text);
            } else if (warnings.size() < MAX_LISTED_WARNINGS) {
                warnings.add(text);
            }
        }
    }

    /** The condition that these tasks of the old plan come back character for character. */
    private static Function<String, List<String>> unchanged(String oldText, List<Task> tasks, String why) {
        return newText -> {
            PlanDocument newPlan = PlanParser.parse(newText);
            List<String> problems = new ArrayList<>();
            for (Task task : tasks) {
                String before = oldText.substring(task.element().span().start(), task.element().span().end());
                Task now = newPlan.tasks().stream().filter(candidate -> candidate.id().equals(task.id())).findFirst().orElse(null);
                if (now == null) {
                    problems.add("task " + task.id() + " " + why + ", but the answer drops it; put it back exactly as it was:\n" + before);
                } else if (!newText.substring(now.element().span().start(), now.element().span().end()).equals(before)) {
                    problems.add("task " + task.id() + " " + why + ", so it must stay byte-identical, but the answer changes it; write it exactly as:\n"
                            + before);
                }
            }
            return problems;
        };
    }

    /**
     * The condition that every new task takes the number its phase's tasks share ({@code 2.} in a phase of {@code 2.1},
     * {@code 2.2}), so ids keep following the phase's numbering.
     */
    private static Function<String, List<String>> followsNumbering(List<Task> oldTasks) {
        return newText -> {
            java.util.Set<String> oldIds = new java.util.HashSet<>();
            Map<Integer, String> prefixByPhase = new LinkedHashMap<>();
            for (Task task : oldTasks) {
                oldIds.add(task.id());
            }
            PlanDocument newPlan = PlanParser.parse(newText);
            for (Task task : newPlan.tasks()) {
                int dot = task.id().indexOf('.');
                if (oldIds.contains(task.id()) && dot > 0) {
                    prefixByPhase.putIfAbsent(task.phaseIndex(), task.id().substring(0, dot + 1));
                }
            }
            List<String> problems = new ArrayList<>();
            for (Task task : newPlan.tasks()) {
                String prefix = prefixByPhase.get(task.phaseIndex());
                if (!oldIds.contains(task.id()) && prefix != null && !task.id().startsWith(prefix)) {
                    problems.add("new task " + task.id() + " is in a phase whose tasks are numbered " + prefix + "N: give it the next free id "
                            + prefix + "N");
                }
            }
            return problems;
        };
    }

    /**
     * The condition that every task that named {@code splitId} in its {@code depends_on} now also names one of the new
     * tasks, so that it still waits for all the work the split task held.
     */
    private static Function<String, List<String>> dependentsRepointed(List<Task> oldTasks, String splitId) {
        return newText -> {
            java.util.Set<String> oldIds = new java.util.HashSet<>();
            java.util.Set<String> dependents = new java.util.LinkedHashSet<>();
            for (Task task : oldTasks) {
                oldIds.add(task.id());
                if (task.dependsOn().stream().anyMatch(ref -> ref.value().equals(splitId))) {
                    dependents.add(task.id());
                }
            }
            List<String> problems = new ArrayList<>();
            for (Task task : PlanParser.parse(newText).tasks()) {
                if (dependents.contains(task.id()) && task.dependsOn().stream().noneMatch(ref -> !oldIds.contains(ref.value()))) {
                    problems.add("task " + task.id() + " depended on " + splitId + ": point its depends_on at the last of the tasks " + splitId
                            + " was split into");
                }
            }
            return problems;
        };
    }

    private static boolean cites(String planText, String canonicalId) {
        PlanDocument plan = PlanParser.parse(planText);
        for (Task task : plan.tasks()) {
            for (var field : new dev.specls.syntax.plan.Field[] {task.name(), task.action(), task.done(), task.verify(), task.filesField(), task.requirements()}) {
                if (field != null && field.textSpan() != null) {
                    for (var ref : RequirementId.findIn(planText, field.textSpan().start(), field.textSpan().end())) {
                        if (RequirementId.canonical(ref.value()).equals(canonicalId)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---- results -------------------------------------------------------------------------------------------------

    private static Result changeResult(FileChange change, String message) {
        return new Result(true, List.of(change), message, List.of(), List.of(), List.of(), 0, null);
    }

    /** @param phaseLine the line of the phase's start tag in PLAN.md, where a finding that names no file of the workspace is shown */
    private Result reviewResult(SpecFolder folder, String phaseName, int phaseLine, String state, String review) {
        List<ReviewFinding> findings = ReviewFindings.parse(review, folder).stream()
                .map(finding -> finding.uri() != null ? finding : new ReviewFinding(folder.planUri(), phaseLine, finding.severity(), finding.message()))
                .toList();
        String header = "## Phase Summary: " + phaseName;
        URI stateUri = folder.specSet() != null && folder.specSet().state() != null ? folder.specSet().state().uri() : folder.fileUri("STATE.md");
        List<FileChange> changes = new ArrayList<>();
        if (state == null || !state.contains(header)) {
            String base = state == null ? "" : state;
            String separator = base.isEmpty() || base.endsWith("\n\n") ? "" : base.endsWith("\n") ? "\n" : "\n\n";
            changes.add(new FileChange(stateUri, state, base + separator + header + "\n\n" + review + "\n",
                    "Append the review of " + phaseName + " to STATE.md", false));
        }
        String message = "reviewPhase: " + findings.size() + (findings.size() == 1 ? " finding" : " findings") + " for " + phaseName
                + (changes.isEmpty() ? "; STATE.md already has its summary, so it is not appended again" : "");
        return new Result(true, changes, message, List.of(), List.of(), findings, 0, null);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String formatInstruction() {
        return settings.structuredOutput() ? "Answer as JSON against the given schema instead of XML: phases, each with its tasks.\n" : "";
    }

    private static String requirePlan(SpecFolder folder, String command) throws LlmException {
        String existing = folder.planText();
        if (existing == null || PlanFile.block(existing) == null) {
            throw new LlmException(Kind.INVALID_INPUT, command + " needs a PLAN.md with a <phases> block in " + folder.folder()
                    + " (specls.generatePlan writes one)");
        }
        return existing;
    }

    private static Task task(PlanDocument plan, String taskId, String command) throws LlmException {
        return plan.tasks().stream().filter(task -> task.id().equals(taskId == null ? "" : taskId.strip())).findFirst()
                .orElseThrow(() -> new LlmException(Kind.INVALID_INPUT, command + ": the plan has no task " + taskId));
    }

    private static int taskCount(String planText) {
        return PlanParser.parse(planText).tasks().size();
    }

    /** The spec files a prompt quotes, each under a {@code === NAME ===} line. */
    private static String context(SpecFolder folder, List<String> names) {
        StringBuilder context = new StringBuilder();
        for (String name : names) {
            String text = folder.text(name);
            if (text != null && !text.isBlank()) {
                context.append("=== ").append(name).append(" ===\n").append(text.strip()).append("\n\n");
            }
        }
        return context.toString().strip();
    }

    static int estimateTokens(String text) {
        return (text.length() + 3) / 4;
    }
}
