package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the rules over a spec set and applies the configured severity of each rule. */
public final class Checker {

    private static final Comparator<Finding> BY_POSITION =
            Comparator.comparing(Finding::span).thenComparing(Finding::code);

    private final List<Rule> rules;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public Checker(List<Rule> rules, Settings settings) {
        this.rules = List.copyOf(rules);
        for (Rule rule : rules) {
            String level = settings.ruleLevels().get(rule.code());
            severities.put(rule.code(), level == null ? rule.defaultSeverity() : Severity.fromWord(level.toLowerCase(Locale.ROOT)));
        }
        List<String> codes = rules.stream().map(Rule::code).toList();
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

    public List<Rule> rules() {
        return rules;
    }

    /** True when a rule with this code exists; used to report misspelt codes in configuration. */
    public static boolean knows(List<Rule> rules, String code) {
        return rules.stream().anyMatch(rule -> rule.code().equals(code));
    }

}
