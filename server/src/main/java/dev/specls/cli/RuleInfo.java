package dev.specls.cli;

import dev.specls.check.Severity;

/** What a report says about a rule (SARIF lists the rules that fired). */
public record RuleInfo(String code, String summary, Severity defaultSeverity) {
}
