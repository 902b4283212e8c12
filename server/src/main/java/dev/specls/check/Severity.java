package dev.specls.check;

import java.util.Locale;

/** How loudly a finding is reported; the names are LSP's DiagnosticSeverity names. */
public enum Severity {
    ERROR,
    WARNING,
    INFORMATION,
    HINT;

    /** The lower-case word used in configuration and output ("error", "warning", …). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity for a configuration word, or {@code null} for "off" and for unknown words. */
    public static Severity fromWord(String word) {
        for (Severity severity : values()) {
            if (severity.word().equalsIgnoreCase(word)) {
                return severity;
            }
        }
        return null;
    }
}
