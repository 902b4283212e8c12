package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.config.SettingsLookup;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the rules over a spec set and applies the severity of each rule that the settings of the spec
 * set's folder configure (each folder may have its own {@code .specls.toml}).
 */
public final class Checker {

    private static final Comparator<Finding> BY_POSITION =
            Comparator.comparing(Finding::span).thenComparing(Finding::code);

    private final List<Rule> rules;
    private final SettingsLookup settings;
    private final Map<Settings, Map<String, Severity>> severitiesBySettings = new IdentityHashMap<>();

    public Checker(List<Rule> rules, Settings settings) {
        this(rules, SettingsLookup.fixed(settings));
    }

    public Checker(List<Rule> rules, SettingsLookup settings) {
        this.rules = List.copyOf(rules);
        this.settings = settings;
    }

    /** The settings' rule levels that name no rule: the configuration package cannot know the rules, so the checker tells. */
    public List<String> problems(Settings configured) {
        List<String> problems = new ArrayList<>();
        List<String> codes = rules.stream().map(Rule::code).toList();
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
        Map<String, Severity> severities = severities(settings.forFolder(specSet.folder()));
        Map<URI, List<Finding>> byFile = new LinkedHashMap<>();
        for (SourceFile member : new SourceFile[] {specSet.plan(), specSet.requirements(), specSet.state()}) {
            if (member != null) {
                byFile.put(member.uri(), new ArrayList<>());
            }
        }
        for (Rule rule : rules) {
            Severity severity = severities.get(rule.code());
            if (severity == null) {
                continue;
            }
            FindingSink sink = (uri, span, message, related) -> byFile
                    .computeIfAbsent(uri, ignored -> new ArrayList<>())
                    .add(new Finding(uri, span, rule.code(), severity, message, List.copyOf(related)));
            rule.check(specSet, sink);
        }
        byFile.values().forEach(findings -> findings.sort(BY_POSITION));
        return byFile;
    }

    /** Each rule's severity under these settings; a rule turned off has none. */
    private Map<String, Severity> severities(Settings configured) {
        synchronized (severitiesBySettings) {
            return severitiesBySettings.computeIfAbsent(configured, ignored -> {
                Map<String, Severity> severities = new LinkedHashMap<>();
                for (Rule rule : rules) {
                    String level = configured.ruleLevels().get(rule.code());
                    Severity severity = level == null ? rule.defaultSeverity() : Severity.fromWord(level.toLowerCase(Locale.ROOT));
                    if (severity != null) {
                        severities.put(rule.code(), severity);
                    }
                }
                return severities;
            });
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** True when a rule with this code exists; used to report misspelt codes in configuration. */
    public static boolean knows(List<Rule> rules, String code) {
        return rules.stream().anyMatch(rule -> rule.code().equals(code));
    }

}
