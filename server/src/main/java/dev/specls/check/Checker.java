package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
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
        Settings configured = settings.forFolder(specSet.folder());
        Map<String, Severity> severities = severities(configured);
        Map<URI, CappedFindings> byFile = new LinkedHashMap<>();
        for (SourceFile member : specSet.members()) {
            byFile.put(member.uri(), new CappedFindings(member.uri(), configured.maxFindingsPerFile()));
        }
        PlanDocument plan = specSet.planDocument();
        List<TaskRule> taskRules = new ArrayList<>();
        List<FindingSink> taskSinks = new ArrayList<>();
        for (Rule rule : rules) {
            Severity severity = severities.get(rule.code());
            if (severity == null) {
                continue;
            }
            FindingSink sink = (uri, span, message, related) -> byFile
                    .computeIfAbsent(uri, file -> new CappedFindings(file, configured.maxFindingsPerFile()))
                    .add(new Finding(uri, span, rule.code(), severity, message, List.copyOf(related)));
            if (rule instanceof TaskRule taskRule) {
                if (plan != null && taskRule.appliesTo(specSet, plan)) {
                    taskRules.add(taskRule);
                    taskSinks.add(sink);
                }
            } else {
                rule.check(specSet, sink);
            }
        }
        if (!taskRules.isEmpty()) {
            // One pass: each task is read by every rule while it is in cache.
            for (Task task : plan.tasks()) {
                for (int i = 0; i < taskRules.size(); i++) {
                    taskRules.get(i).check(specSet, task, taskSinks.get(i));
                }
            }
        }
        return finish(byFile);
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
