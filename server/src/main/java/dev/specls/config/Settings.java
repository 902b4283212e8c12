package dev.specls.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * User settings, merged from {@code .specls.toml} and the client's {@code specls} settings, as plain
 * values: the packages that use them interpret them (check: rule levels and the findings cap;
 * workspace: which files; lsp: debounce).
 *
 * @param ruleLevels  rule code to "error|warning|information|hint|off"
 * @param files       which files are read, and as what
 * @param debounceMs  delay between the last change and diagnostics; 0 = none
 * @param maxFindingsPerFile  how many findings one file reports at most (the most severe), 1 or more
 * @param problems    what was wrong with the configuration, for the user (never fatal)
 * @param source      the {@code .specls.toml} these settings come from, or {@code null} when none applies
 */
public record Settings(Map<String, String> ruleLevels, FileSettings files, int debounceMs, int maxFindingsPerFile, List<String> problems,
        Path source) {

    public static final int DEFAULT_DEBOUNCE_MS = 200;
    /** Enough for any file a person fixes by hand; a generated plan with millions of problems stays cheap to report. */
    public static final int DEFAULT_MAX_FINDINGS_PER_FILE = 1000;

    /** Settings with the default findings cap. */
    public Settings(Map<String, String> ruleLevels, FileSettings files, int debounceMs, List<String> problems, Path source) {
        this(ruleLevels, files, debounceMs, DEFAULT_MAX_FINDINGS_PER_FILE, problems, source);
    }

    /**
     * Settings written without a file, as editor settings are: each glob is relative to the workspace roots.
     *
     * @param fileGlobs kind name in lower case to globs that select files of that kind
     */
    public Settings(Map<String, String> ruleLevels, Map<String, List<String>> fileGlobs, int debounceMs, List<String> problems) {
        this(ruleLevels, FileSettings.defaults().withKinds(fileGlobs), debounceMs, problems, null);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), FileSettings.defaults(), DEFAULT_DEBOUNCE_MS, List.of(), null);
    }

    /** The same settings with these rules for which files are read. */
    public Settings withFiles(FileSettings newFiles) {
        return new Settings(ruleLevels, newFiles, debounceMs, maxFindingsPerFile, problems, source);
    }

    /** The same settings with another findings cap. */
    public Settings withMaxFindingsPerFile(int limit) {
        return new Settings(ruleLevels, files, debounceMs, limit, problems, source);
    }

    /** The same settings with these problems added after the ones they have. */
    public Settings withProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Settings(ruleLevels, files, debounceMs, maxFindingsPerFile, List.copyOf(all), source);
    }
}
