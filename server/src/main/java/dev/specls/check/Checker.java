package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the rules over a spec set, or the workspace rules over the workspace, and applies the severity
 * of each rule that the settings of the file's folder configure (each folder may have its own
 * {@code .specls.toml}). A file gets at most {@link Settings#maxFindingsPerFile()} findings, the most
 * severe first, and one more that counts the rest ({@code workspace/too-many-findings}).
 */
public final class Checker {

    /** The code of the one finding that stands for a file's findings beyond the limit; as severe as the worst of them. */
    public static final String TOO_MANY_FINDINGS = CappedFindings.CODE;
    public static final String TOO_MANY_FINDINGS_SUMMARY =
            "A file has more findings than [diagnostics] maxFindingsPerFile: the most severe are shown, this one counts the rest.";

    private static final Comparator<Finding> BY_POSITION =
            Comparator.comparing(Finding::span).thenComparing(Finding::code);

    private final List<Rule> rules;
    private final List<WorkspaceRule> workspaceRules;
    private final SettingsLookup settings;
    private final Map<Settings, Map<String, Severity>> severitiesBySettings = new IdentityHashMap<>();

    public Checker(List<Rule> rules, Settings settings) {
        this(rules, SettingsLookup.fixed(settings));
    }

    public Checker(List<Rule> rules, SettingsLookup settings) {
        this(rules, Rules.workspace(), settings);
    }

    public Checker(List<Rule> rules, List<WorkspaceRule> workspaceRules, SettingsLookup settings) {
        this.rules = List.copyOf(rules);
        this.workspaceRules = List.copyOf(workspaceRules);
        this.settings = settings;
    }

    /** The settings' rule levels that name no rule: the configuration package cannot know the rules, so the checker tells. */
    public List<String> problems(Settings configured) {
        List<String> problems = new ArrayList<>();
        List<String> codes = codes().toList();
        for (String code : configured.ruleLevels().keySet()) {
            if (!codes.contains(code)) {
                String suggestion = Suggestions.closest(code, codes);
                problems.add("[rules] names \"" + code + "\", which is no rule code, so it changes nothing"
                        + (suggestion == null ? "; docs/rules.md lists the codes" : "; did you mean \"" + suggestion + "\"?"));
            }
        }
        return problems;
    }

    /** The findings of every member file of the spec set, each list sorted by position; a member without findings maps to an empty list. */
    public Map<URI, List<Finding>> check(SpecSet specSet) {
        return check(specSet, null).findings();
    }

    /**
     * What {@link #check(SpecSet)} finds, replaying what {@code previous} (a check of an earlier version of the
     * spec set, or {@code null}) found wherever the edit of the plan between the two cannot have changed it.
     */
    Checked check(SpecSet specSet, Checked previous) {
        Settings configured = settings.forFolder(specSet.folder());
        Map<String, Severity> severities = severities(configured);
        Map<URI, CappedFindings> byFile = new LinkedHashMap<>();
        for (SourceFile member : specSet.members()) {
            byFile.put(member.uri(), new CappedFindings(member.uri(), configured.maxFindingsPerFile()));
        }
        Recorder recorder = new Recorder(rules.size(), configured.maxFindingsPerFile() * (specSet.members().size() + 1), finding -> byFile
                .computeIfAbsent(finding.uri(), file -> new CappedFindings(file, configured.maxFindingsPerFile())).add(finding));
        PlanEdit edit = PlanEdit.between(previous, specSet, configured);
        PlanDocument plan = specSet.planDocument();
        List<TaskPass> taskPasses = new ArrayList<>();
        for (int index = 0; index < rules.size(); index++) {
            Rule rule = rules.get(index);
            Severity severity = severities.get(rule.code());
            if (severity == null) {
                continue;
            }
            RuleOutput output = recorder.output(index, rule.code(), severity);
            if (rule instanceof TaskRule taskRule) {
                if (plan != null && taskRule.appliesTo(specSet, plan)) {
                    recorder.ran(index, true);
                    PlanEdit.TaskReplay replay = edit == null ? null : edit.replayOfTasks(index, taskRule);
                    if (replay == null || !replay.saysNothing()) {
                        taskPasses.add(new TaskPass(taskRule, output, replay));
                    }
                }
            } else {
                recorder.ran(index, false);
                List<Finding> replayed = edit == null ? null : edit.replay(index, rule);
                if (replayed == null) {
                    rule.check(specSet, output);
                } else {
                    replayed.forEach(output::emit);
                }
            }
        }
        if (!taskPasses.isEmpty()) {
            // One pass: each task is read by every rule while it is in cache.
            for (Task task : plan.tasks()) {
                for (TaskPass taskPass : taskPasses) {
                    taskPass.check(specSet, task);
                }
            }
        }
        return new Checked(specSet, configured, finish(byFile), recorder.byRule());
    }

    /** Where a rule reports: each finding goes to its file's capped list and to the record the next version may replay. */
    private static final class RuleOutput implements FindingSink {
        private final Recorder recorder;
        private final int rule;
        private final String code;
        private final Severity severity;

        RuleOutput(Recorder recorder, int rule, String code, Severity severity) {
            this.recorder = recorder;
            this.rule = rule;
            this.code = code;
            this.severity = severity;
        }

        @Override
        public void report(URI uri, Span span, String message, List<Related> related) {
            emit(new Finding(uri, span, code, severity, message, List.copyOf(related)));
        }

        void emit(Finding finding) {
            recorder.emit(rule, finding);
        }
    }

    /**
     * Every finding of one check in the order the rules reported them, which is the order a fresh check adds
     * them to the capped lists, whether a rule ran or was replayed; kept for the next version while there are
     * no more than {@code limit}, so that a file with millions of findings still costs memory for a thousand.
     */
    private static final class Recorder {
        private final Consumer<Finding> findings;
        private final int limit;
        private final boolean[] ran;
        private final boolean[] ofTasks;
        private final List<List<Finding>> byRule;
        private final List<List<Integer>> ordinalsByRule;
        private int recorded;
        private boolean overflowed;
        private int ordinal = -1;

        Recorder(int rules, int limit, Consumer<Finding> findings) {
            this.findings = findings;
            this.limit = limit;
            this.ran = new boolean[rules];
            this.ofTasks = new boolean[rules];
            this.byRule = new ArrayList<>(rules);
            this.ordinalsByRule = new ArrayList<>(rules);
            for (int i = 0; i < rules; i++) {
                byRule.add(null);
                ordinalsByRule.add(null);
            }
        }

        RuleOutput output(int rule, String code, Severity severity) {
            return new RuleOutput(this, rule, code, severity);
        }

        void ran(int rule, boolean ofTask) {
            ran[rule] = true;
            ofTasks[rule] = ofTask;
        }

        /** The task the next findings are reported for. */
        void at(int taskOrdinal) {
            ordinal = taskOrdinal;
        }

        void emit(int rule, Finding finding) {
            findings.accept(finding);
            if (overflowed) {
                return;
            }
            if (++recorded > limit) {
                overflowed = true;
                byRule.clear();
                ordinalsByRule.clear();
                return;
            }
            if (byRule.get(rule) == null) {
                byRule.set(rule, new ArrayList<>());
                ordinalsByRule.set(rule, new ArrayList<>());
            }
            byRule.get(rule).add(finding);
            ordinalsByRule.get(rule).add(ordinal);
        }

        /** Each rule's findings, or {@code null} when they were too many to keep. */
        Checked.RuleFindings[] byRule() {
            if (overflowed) {
                return null;
            }
            Checked.RuleFindings[] all = new Checked.RuleFindings[ran.length];
            for (int i = 0; i < ran.length; i++) {
                List<Finding> found = byRule.get(i);
                if (!ran[i]) {
                    all[i] = Checked.RuleFindings.NOT_RUN;
                } else if (found == null) {
                    all[i] = new Checked.RuleFindings(true, List.of(), new int[0]);
                } else {
                    int[] ordinals = ofTasks[i] ? ordinalsByRule.get(i).stream().mapToInt(Integer::intValue).toArray() : new int[0];
                    all[i] = new Checked.RuleFindings(true, List.copyOf(found), ordinals);
                }
            }
            return all;
        }
    }

    /** A task rule in the pass over the tasks, with what of its findings of the version before stands. */
    private static final class TaskPass {
        private final TaskRule rule;
        private final RuleOutput output;
        private final PlanEdit.TaskReplay replay;
        private int replayed;

        TaskPass(TaskRule rule, RuleOutput output, PlanEdit.TaskReplay replay) {
            this.rule = rule;
            this.output = output;
            this.replay = replay;
        }

        void check(SpecSet specSet, Task task) {
            output.recorder.at(task.ordinal());
            if (replay == null || replay.runs(task.ordinal())) {
                rule.check(specSet, task, output);
                return;
            }
            while (replayed < replay.ordinals().length && replay.ordinals()[replayed] == task.ordinal()) {
                output.emit(replay.findings().get(replayed++));
            }
        }
    }

    /** The findings of the workspace rules, by file, each under the settings of its folder; files without findings are left out. */
    public Map<URI, List<Finding>> checkWorkspace(WorkspaceView workspace) {
        Map<URI, CappedFindings> byFile = new LinkedHashMap<>();
        for (WorkspaceRule rule : workspaceRules) {
            FindingSink sink = (uri, span, message, related) -> {
                Settings configured = settings.forFolder(folderOf(uri));
                Severity severity = severities(configured).get(rule.code());
                if (severity != null) {
                    byFile.computeIfAbsent(uri, file -> new CappedFindings(file, configured.maxFindingsPerFile()))
                            .add(new Finding(uri, span, rule.code(), severity, message, List.copyOf(related)));
                }
            };
            rule.check(workspace, sink);
        }
        return finish(byFile);
    }

    private static Map<URI, List<Finding>> finish(Map<URI, CappedFindings> byFile) {
        Map<URI, List<Finding>> findings = new LinkedHashMap<>();
        byFile.forEach((uri, capped) -> findings.put(uri, capped.finish(BY_POSITION)));
        return findings;
    }

    private static Path folderOf(URI uri) {
        Path path = Uris.toPath(uri);
        return path == null ? null : path.getParent();
    }

    private Stream<String> codes() {
        return Stream.concat(rules.stream().map(Rule::code), workspaceRules.stream().map(WorkspaceRule::code));
    }

    /** Each rule's severity under these settings; a rule turned off has none. */
    private Map<String, Severity> severities(Settings configured) {
        synchronized (severitiesBySettings) {
            return severitiesBySettings.computeIfAbsent(configured, ignored -> {
                Map<String, Severity> severities = new LinkedHashMap<>();
                Map<String, Severity> defaults = new LinkedHashMap<>();
                rules.forEach(rule -> defaults.put(rule.code(), rule.defaultSeverity()));
                workspaceRules.forEach(rule -> defaults.put(rule.code(), rule.defaultSeverity()));
                defaults.forEach((code, defaultSeverity) -> {
                    String level = configured.ruleLevels().get(code);
                    Severity severity = level == null ? defaultSeverity : Severity.fromWord(level.toLowerCase(Locale.ROOT));
                    if (severity != null) {
                        severities.put(code, severity);
                    }
                });
                return severities;
            });
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<WorkspaceRule> workspaceRules() {
        return workspaceRules;
    }

    /** True when a rule with this code exists; used to report misspelt codes in configuration. */
    public static boolean knows(List<Rule> rules, String code) {
        return rules.stream().anyMatch(rule -> rule.code().equals(code));
    }

}
