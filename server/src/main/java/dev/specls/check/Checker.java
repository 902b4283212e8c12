package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the rules over a spec set, or the workspace rules over the workspace, and applies the configured
 * severity of each rule. A file gets at most {@link Settings#maxFindingsPerFile()} findings, the most
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
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final int maxFindingsPerFile;

    public Checker(List<Rule> rules, Settings settings) {
        this(rules, Rules.workspace(), settings);
    }

    public Checker(List<Rule> rules, List<WorkspaceRule> workspaceRules, Settings settings) {
        this.rules = List.copyOf(rules);
        this.workspaceRules = List.copyOf(workspaceRules);
        this.maxFindingsPerFile = settings.maxFindingsPerFile();
        Map<String, Severity> defaults = new LinkedHashMap<>();
        rules.forEach(rule -> defaults.put(rule.code(), rule.defaultSeverity()));
        workspaceRules.forEach(rule -> defaults.put(rule.code(), rule.defaultSeverity()));
        defaults.forEach((code, defaultSeverity) -> {
            String level = settings.ruleLevels().get(code);
            severities.put(code, level == null ? defaultSeverity : Severity.fromWord(level.toLowerCase(Locale.ROOT)));
        });
        List<String> codes = List.copyOf(defaults.keySet());
        for (String configured : settings.ruleLevels().keySet()) {
            if (!severities.containsKey(configured)) {
                String suggestion = Suggestions.closest(configured, codes);
                problems.add("[rules] names \"" + configured + "\", which is no rule code, so it changes nothing"
                        + (suggestion == null ? "; docs/rules.md lists the codes" : "; did you mean \"" + suggestion + "\"?"));
            }
        }
    }

    /** Settings that name no rule: the configuration package cannot know the rules, so the checker tells. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The findings of every member file of the spec set, each list sorted by position; a member without findings maps to an empty list. */
    public Map<URI, List<Finding>> check(SpecSet specSet) {
        Map<URI, CappedFindings> byFile = new LinkedHashMap<>();
        for (SourceFile member : new SourceFile[] {specSet.plan(), specSet.requirements(), specSet.state()}) {
            if (member != null) {
                byFile.put(member.uri(), new CappedFindings(member.uri(), maxFindingsPerFile));
            }
        }
        for (Rule rule : rules) {
            Severity severity = severities.get(rule.code());
            if (severity != null) {
                rule.check(specSet, sink(byFile, rule.code(), severity));
            }
        }
        return finish(byFile);
    }

    /** The findings of the workspace rules, by file; files without findings are left out. */
    public Map<URI, List<Finding>> checkWorkspace(WorkspaceView workspace) {
        Map<URI, CappedFindings> byFile = new LinkedHashMap<>();
        for (WorkspaceRule rule : workspaceRules) {
            Severity severity = severities.get(rule.code());
            if (severity != null) {
                rule.check(workspace, sink(byFile, rule.code(), severity));
            }
        }
        return finish(byFile);
    }

    private FindingSink sink(Map<URI, CappedFindings> byFile, String code, Severity severity) {
        return (uri, span, message, related) -> byFile
                .computeIfAbsent(uri, file -> new CappedFindings(file, maxFindingsPerFile))
                .add(new Finding(uri, span, code, severity, message, List.copyOf(related)));
    }

    private static Map<URI, List<Finding>> finish(Map<URI, CappedFindings> byFile) {
        Map<URI, List<Finding>> findings = new LinkedHashMap<>();
        byFile.forEach((uri, capped) -> findings.put(uri, capped.finish(BY_POSITION)));
        return findings;
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
