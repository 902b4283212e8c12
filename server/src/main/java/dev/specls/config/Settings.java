package dev.specls.config;

import java.util.List;
import java.util.Map;

/**
 * User settings, merged from {@code .specls.toml} and the client's {@code specls} settings, as plain
 * values: the packages that use them interpret them (check: rule levels; workspace: file globs; lsp:
 * debounce).
 *
 * @param ruleLevels  rule code to "error|warning|information|hint|off"
 * @param fileGlobs   file kind name in lower case ("plan", "requirements", "state", "prompt", "project")
 *                    to extra glob patterns, relative to the workspace root, that select files of that kind
 * @param debounceMs  delay between the last change and diagnostics; 0 = none
 * @param maxFindingsPerFile  how many findings one file reports at most (the most severe), 1 or more
 * @param problems    what was wrong with the configuration, for the user (never fatal)
 */
public record Settings(Map<String, String> ruleLevels, Map<String, List<String>> fileGlobs, int debounceMs, int maxFindingsPerFile,
        List<String> problems) {

    public static final int DEFAULT_DEBOUNCE_MS = 200;
    /** Enough for any file a person fixes by hand; a generated plan with millions of problems stays cheap to report. */
    public static final int DEFAULT_MAX_FINDINGS_PER_FILE = 1000;

    public Settings(Map<String, String> ruleLevels, Map<String, List<String>> fileGlobs, int debounceMs, List<String> problems) {
        this(ruleLevels, fileGlobs, debounceMs, DEFAULT_MAX_FINDINGS_PER_FILE, problems);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), Map.of(), DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_FINDINGS_PER_FILE, List.of());
    }
}
