package dev.specls.llm;

import dev.specls.check.Finding;
import dev.specls.check.Severity;
import dev.specls.llm.LlmException.Kind;
import dev.specls.llm.Planner.FileChange;
import dev.specls.llm.Planner.Job;
import dev.specls.llm.Planner.Result;
import dev.specls.llm.RepairLoop.Checked;
import dev.specls.syntax.FileKind;
import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecDocument;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.text.LineIndex;
import dev.specls.text.Snapshot;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Uris;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code generatePlan} and {@code planRequirement} in a spec set of Spec Kit, Kiro or Saga: the answer writes the
 * format's own task files ({@code tasks.md}, Saga's task files) after {@code === FILE: path ===} markers, and each is
 * checked with the format's rules by the same {@link AnswerCheck}, as a member of the spec set it joins.
 */
final class SpecTaskFiles {

    private static final Pattern SAGA_TASK_PATH = Pattern.compile("milestones/[^/]+/tasks/[^/]+\\.md");
    private static final int MAX_LISTED_WARNINGS = 10;

    private final AnswerCheck check;
    private final Prompts prompts;

    SpecTaskFiles(AnswerCheck check, Prompts prompts) {
        this.check = check;
        this.prompts = prompts;
    }

    /** The spec tree a command writes the tasks of, or {@code null} when the folder's spec set is sago's or of a format it does not write. */
    static SpecTree writable(SpecFolder folder) {
        SpecTree tree = SpecTrees.of(folder.specSet());
        return tree != null && kind(tree.format()) != null ? tree : null;
    }

    /** A whole task list for the spec set, replacing the one it has (never silently: the edit needs confirmation). */
    Job generate(SpecFolder folder, SpecTree tree, int maxTokens) {
        String request = "Write the tasks that implement the " + tree.format().displayName() + " spec below: every requirement, story or"
                + " acceptance criterion is implemented by some task.";
        Map<String, String> existing = existingTaskFiles(tree);
        return job("generatePlan", folder, tree, request, existing, List.of(), true,
                Math.min(maxTokens, 300 + 120 * Math.max(1, count(tree, Set.of(ItemKind.REQUIREMENT, ItemKind.STORY, ItemKind.CRITERION)))));
    }

    /** Tasks for one requirement the spec set declares, every task it has kept as it is. */
    Job planRequirement(SpecFolder folder, SpecTree tree, String requirementId) throws LlmException {
        String key = ItemIds.canonical(requirementId == null ? "" : requirementId.strip());
        Declared requirement = tree.find(key, Set.of(ItemKind.REQUIREMENT, ItemKind.STORY, ItemKind.CRITERION));
        if (requirement == null) {
            throw new LlmException(Kind.INVALID_INPUT, "planRequirement: the " + tree.format().displayName() + " spec set in " + tree.root()
                    + " declares no requirement, story or acceptance criterion " + requirementId
                    + (tree.format() == SpecFormat.SAGA ? " (a Saga tree declares milestones and tasks only; generatePlan writes its task files)" : ""));
        }
        String label = requirement.item().label(tree.format());
        String request = "No task implements " + label + ": " + (requirement.item().title() == null ? "" : requirement.item().title())
                + "\nAdd the tasks that implement it, with new ids that follow the numbering of the tasks around them, citing "
                + requirement.item().id() + ". Change no other task.";
        Map<String, String> existing = existingTaskFiles(tree);
        List<ConditionOnFiles> conditions = List.of(keepsEveryTask(tree, existing), cites(tree.format(), requirement.key(), requirement.item().id()));
        return job("planRequirement", folder, tree, request, existing, conditions, false, 500);
    }

    /** A condition on the files an answer writes (by path relative to the tree's root), with what is wrong, one line each. */
    interface ConditionOnFiles {
        List<String> problems(Map<String, String> written);
    }

    private Job job(String title, SpecFolder folder, SpecTree tree, String request, Map<String, String> existing, List<ConditionOnFiles> conditions,
            boolean replacing, int expectedOutputTokens) {
        SpecFormat format = tree.format();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("request", request);
        inputs.put("context", context(tree));
        return new Job(title, prompts.render("planner", Map.of()), prompts.render("tasks-" + format.code(), inputs), null,
                answer -> checkAnswer(folder, tree, answer, conditions),
                checked -> {
                    List<FileChange> changes = new ArrayList<>();
                    writtenFiles(format, checked.result()).forEach((path, text) -> {
                        String base = existing.get(path);
                        String verb = base == null ? "Create " : replacing ? "Replace " : "Add tasks to ";
                        changes.add(new FileChange(uri(tree, path), base, text, verb + path, base != null && replacing));
                    });
                    return new Result(true, changes, title + ": " + changes.size() + (changes.size() == 1 ? " file" : " files") + " of "
                            + format.displayName() + " tasks, checked with its rules", List.of(), List.of(), List.of(), 0, null);
                },
                expectedOutputTokens, true);
    }

    private Checked checkAnswer(SpecFolder folder, SpecTree tree, String answer, List<ConditionOnFiles> conditions) {
        SpecFormat format = tree.format();
        Map<String, String> all = GeneratedFiles.parse(answer, name -> true);
        List<String> errors = new ArrayList<>();
        all.keySet().stream().filter(path -> !writes(format, path)).forEach(path -> errors.add("the answer writes " + path + ", which is no "
                + format.displayName() + " task file here: " + expectedFiles(format)));
        Map<String, String> written = writtenFiles(format, answer);
        if (written.isEmpty()) {
            errors.add("the answer has no \"=== FILE: " + (format == SpecFormat.SAGA ? "milestones/NN-slug/tasks/NN-slug.md" : "tasks.md")
                    + " ===\" section: answer with " + expectedFiles(format));
            return new Checked(null, errors, List.of());
        }
        if (format == SpecFormat.SAGA) {
            Set<String> milestones = new java.util.HashSet<>();
            tree.files().stream().filter(file -> file.document().role() == dev.specls.syntax.spec.SpecRole.MILESTONE)
                    .forEach(file -> milestones.add(relative(tree, file.uri()).replaceFirst("/MILESTONE\\.md$", "")));
            written.keySet().stream().filter(path -> !milestones.contains(path.substring(0, path.indexOf("/tasks/"))))
                    .forEach(path -> errors.add(path + " is in no milestone folder the saga has: use one of " + String.join(", ", milestones.stream().sorted().toList())));
        }
        List<SourceFile> files = new ArrayList<>();
        written.forEach((path, text) -> files.add(sourceFile(uri(tree, path), kind(format), text)));
        List<String> warnings = new ArrayList<>();
        check.findings(folder.specSet(), tree.root(), files).forEach((uri, findings) -> describe(relative(tree, uri), findings,
                textOf(files, uri), errors, warnings));
        for (ConditionOnFiles condition : conditions) {
            errors.addAll(condition.problems(written));
        }
        return new Checked(answer, errors, warnings);
    }

    // ---- the formats ----------------------------------------------------------------------------------------------

    /** The kind of task file the format's answers write, or {@code null} when planning does not write it. */
    private static SpecFileKind kind(SpecFormat format) {
        return switch (format) {
            case SPEC_KIT -> SpecFileKind.SPECKIT_TASKS;
            case KIRO -> SpecFileKind.KIRO_TASKS;
            case SAGA -> SpecFileKind.SAGA_TASK;
            default -> null;
        };
    }

    private static boolean writes(SpecFormat format, String path) {
        return format == SpecFormat.SAGA ? SAGA_TASK_PATH.matcher(path).matches() && !path.contains("..") : path.equals("tasks.md");
    }

    private static String expectedFiles(SpecFormat format) {
        return format == SpecFormat.SAGA ? "one task file a task, milestones/NN-slug/tasks/NN-slug.md in an existing milestone folder"
                : "tasks.md, the spec's task list";
    }

    private static Map<String, String> writtenFiles(SpecFormat format, String answer) {
        return GeneratedFiles.parse(answer, path -> writes(format, path));
    }

    private static Map<String, String> existingTaskFiles(SpecTree tree) {
        Map<String, String> existing = new LinkedHashMap<>();
        SpecFileKind kind = kind(tree.format());
        for (SpecFile file : tree.files()) {
            if (file.document().role() == kind.role()) {
                existing.put(relative(tree, file.uri()), file.text());
            }
        }
        return existing;
    }

    // ---- the conditions -------------------------------------------------------------------------------------------

    /** Every task declared before comes back: its declaration's text in a list ({@code tasks.md}), its whole file (Saga). */
    private static ConditionOnFiles keepsEveryTask(SpecTree tree, Map<String, String> existing) {
        return written -> {
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> file : existing.entrySet()) {
                String now = written.get(file.getKey());
                if (tree.format() == SpecFormat.SAGA) {
                    if (now != null && !now.equals(file.getValue())) {
                        problems.add(file.getKey() + " exists: planRequirement adds task files and rewrites none; leave it out of the answer");
                    }
                    continue;
                }
                if (now == null) {
                    continue;
                }
                for (Declared declared : tree.declared()) {
                    if (declared.item().kind() == ItemKind.TASK && relative(tree, declared.file().uri()).equals(file.getKey())) {
                        String line = firstLine(declared.file().text(), declared.item().idSpan().start());
                        if (!now.contains(line)) {
                            problems.add("task " + declared.item().id() + " was in " + file.getKey() + " and planRequirement adds tasks only; keep its line"
                                    + " exactly as it was:\n" + line);
                        }
                    }
                }
            }
            return problems;
        };
    }

    /** Some task of the written files names the requirement (or one of its criteria) as what it implements. */
    private static ConditionOnFiles cites(SpecFormat format, String key, String id) {
        return written -> {
            for (String text : written.values()) {
                for (SpecRef ref : kind(format).parse(text).refs()) {
                    String target = ItemIds.canonical(ref.target());
                    if (ref.fromKind() == ItemKind.TASK && ref.kind().covers() && (target.equals(key) || target.startsWith(key + "."))) {
                        return List.of();
                    }
                }
            }
            return List.of("no new task cites " + id + " as what it implements: name it in the task"
                    + (format == SpecFormat.KIRO ? "'s _Requirements:_ line" : "'s description"));
        };
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Each file of the spec set under a {@code === path ===} line, the task files too. */
    private static String context(SpecTree tree) {
        StringBuilder context = new StringBuilder();
        for (SpecFile file : tree.files()) {
            if (!file.text().isBlank()) {
                context.append("=== ").append(relative(tree, file.uri())).append(" ===\n").append(file.text().strip()).append("\n\n");
            }
        }
        return context.toString().strip();
    }

    private static void describe(String path, List<Finding> findings, String text, List<String> errors, List<String> warnings) {
        LineIndex lines = LineIndex.of(text);
        for (Finding finding : findings) {
            String line = path + " line " + (lines.lineOf(finding.span().start()) + 1) + ": " + finding.code() + ": " + finding.message();
            if (finding.severity() == Severity.ERROR) {
                errors.add(line);
            } else if (warnings.size() < MAX_LISTED_WARNINGS) {
                warnings.add(line);
            }
        }
    }

    private static SourceFile sourceFile(URI uri, SpecFileKind kind, String text) {
        SpecDocument document = kind.parse(text);
        return new SourceFile(new Snapshot(uri, 0, text), new FileKind(kind.name()), document);
    }

    private static String textOf(List<SourceFile> files, URI uri) {
        return files.stream().filter(file -> file.uri().equals(uri)).findFirst().map(SourceFile::text).orElse("");
    }

    private static URI uri(SpecTree tree, String relative) {
        return Uris.of(tree.root().resolve(relative).normalize());
    }

    private static String relative(SpecTree tree, URI uri) {
        Path path = Uris.toPath(uri);
        return path == null ? uri.toString() : tree.root().relativize(path).toString().replace('\\', '/');
    }

    private static String firstLine(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end).stripTrailing();
    }

    private static int count(SpecTree tree, Set<ItemKind> kinds) {
        return (int) tree.declared().stream().filter(declared -> kinds.contains(declared.item().kind())).count();
    }
}
