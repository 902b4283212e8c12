package dev.specls.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.specls.text.SafeFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads settings from {@code .specls.toml} and from the client's {@code specls} settings object, which
 * share one shape:
 * <pre>
 * [rules]        "plan/broad-task" = "off"      # error|warning|information|hint|off
 * [files]        plan = ["plans/*.md"]           # extra globs per kind
 * [diagnostics]  debounceMs = 200
 *                maxFindingsPerFile = 1000
 * </pre>
 * A mistake never stops the rest from applying: the faulty entry is skipped and described in
 * {@link Settings#problems()}. Nothing here throws.
 */
public final class SettingsLoader {

    public static final String FILE_NAME = ".specls.toml";

    private static final List<String> LEVELS = List.of("error", "warning", "information", "hint", "off");
    private static final List<String> FILE_KINDS = List.of("plan", "requirements", "state", "project", "prompt");
    private static final String CLIENT_SOURCE = "client setting specls";
    private static final TomlMapper TOML = new TomlMapper();
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private SettingsLoader() {
    }

    /** The settings of {@code .specls.toml} in the workspace root, or the defaults when there is none. */
    public static Settings load(Path workspaceRoot) {
        Path root = workspaceRoot.toAbsolutePath().normalize();
        SafeFileReader.Result result = SafeFileReader.read(root.resolve(FILE_NAME), root);
        if (result instanceof SafeFileReader.Read read) {
            return fromToml(read.text());
        }
        if (result instanceof SafeFileReader.Refused refused) {
            return withProblems(Settings.defaults(), List.of(FILE_NAME + ": not read, as it " + refused.reason() + "; using defaults"));
        }
        return Settings.defaults();
    }

    public static Settings fromToml(String tomlText) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> tree = readToml(tomlText, problems);
        if (tree == null) {
            tree = readSectionsSeparately(tomlText);
        }
        return apply(withProblems(Settings.defaults(), problems), tree, FILE_NAME);
    }

    /**
     * Applies the client's {@code specls} settings over {@code base}: a rule level or a kind's glob list
     * given by the client replaces the one from the file, everything else is kept.
     */
    public static Settings merge(Settings base, Map<String, Object> clientSettings) {
        if (clientSettings == null) {
            return base;
        }
        return apply(base, clientSettings, CLIENT_SOURCE);
    }

    private static Map<String, Object> readToml(String text, List<String> problems) {
        try {
            Map<String, Object> tree = TOML.readValue(text, TREE);
            return tree == null ? Map.of() : tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            problems.add(FILE_NAME + ": not valid TOML" + where + ": " + e.getOriginalMessage()
                    + "; the sections that can be read still apply");
            return null;
        } catch (RuntimeException e) {
            problems.add(FILE_NAME + ": not valid TOML: " + e.getMessage() + "; the sections that can be read still apply");
            return null;
        }
    }

    /**
     * After a syntax error, reads each {@code [table]} section on its own so that one broken line
     * costs only its own section.
     */
    private static Map<String, Object> readSectionsSeparately(String text) {
        Map<String, Object> merged = new LinkedHashMap<>();
        StringBuilder section = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.strip().startsWith("[") && section.length() > 0) {
                mergeReadable(merged, section.toString());
                section.setLength(0);
            }
            section.append(line).append('\n');
        }
        mergeReadable(merged, section.toString());
        return merged;
    }

    private static void mergeReadable(Map<String, Object> merged, String sectionText) {
        Map<String, Object> tree = readToml(sectionText, new ArrayList<>());
        if (tree != null) {
            merged.putAll(tree);
        }
    }

    private static Settings apply(Settings base, Map<String, ?> tree, String source) {
        Map<String, String> rules = new LinkedHashMap<>(base.ruleLevels());
        Map<String, List<String>> globs = new LinkedHashMap<>(base.fileGlobs());
        int[] diagnostics = {base.debounceMs(), base.maxFindingsPerFile()};
        List<String> problems = new ArrayList<>(base.problems());
        for (Map.Entry<String, ?> section : tree.entrySet()) {
            String key = section.getKey();
            Map<String, ?> table = tableOrNull(section.getValue());
            if (!List.of("rules", "files", "diagnostics").contains(key)) {
                problems.add(source + ": unknown key \"" + key + "\" (known: rules, files, diagnostics)");
            } else if (table == null) {
                problems.add(source + ": \"" + key + "\" must be a table");
            } else if (key.equals("rules")) {
                readRules(table, rules, problems, source);
            } else if (key.equals("files")) {
                readFiles(table, globs, problems, source);
            } else {
                readDiagnostics(table, diagnostics, problems, source);
            }
        }
        return new Settings(Collections.unmodifiableMap(rules), Collections.unmodifiableMap(globs), diagnostics[0], diagnostics[1],
                List.copyOf(problems));
    }

    private static void readRules(Map<String, ?> table, Map<String, String> rules, List<String> problems, String source) {
        for (Map.Entry<String, ?> rule : table.entrySet()) {
            String level = rule.getValue() instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : null;
            if (level != null && LEVELS.contains(level)) {
                rules.put(rule.getKey(), level);
            } else {
                problems.add(source + ": rule \"" + rule.getKey() + "\" has level " + describe(rule.getValue())
                        + "; use one of " + String.join(", ", LEVELS));
            }
        }
    }

    private static void readFiles(Map<String, ?> table, Map<String, List<String>> globs, List<String> problems, String source) {
        for (Map.Entry<String, ?> kind : table.entrySet()) {
            if (!FILE_KINDS.contains(kind.getKey())) {
                problems.add(source + ": unknown file kind \"" + kind.getKey() + "\" under files (known: " + String.join(", ", FILE_KINDS) + ")");
                continue;
            }
            List<String> patterns = globList(kind.getValue());
            if (patterns == null) {
                problems.add(source + ": files." + kind.getKey() + " must be a list of glob strings, got " + describe(kind.getValue()));
            } else {
                globs.put(kind.getKey(), patterns);
            }
        }
    }

    /** Reads {@code debounceMs} into {@code values[0]} and {@code maxFindingsPerFile} into {@code values[1]}. */
    private static void readDiagnostics(Map<String, ?> table, int[] values, List<String> problems, String source) {
        for (Map.Entry<String, ?> entry : table.entrySet()) {
            switch (entry.getKey()) {
                case "debounceMs" -> readWholeNumber(entry, 0, values, 0, "a whole number of milliseconds, 0 or more", problems, source);
                case "maxFindingsPerFile" -> readWholeNumber(entry, 1, values, 1, "a whole number, 1 or more", problems, source);
                default -> problems.add(source + ": unknown key \"diagnostics." + entry.getKey() + "\" (known: debounceMs, maxFindingsPerFile)");
            }
        }
    }

    private static void readWholeNumber(Map.Entry<String, ?> entry, int minimum, int[] values, int slot, String expected,
            List<String> problems, String source) {
        if (entry.getValue() instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= minimum && number.doubleValue() <= Integer.MAX_VALUE) {
            values[slot] = number.intValue();
        } else {
            problems.add(source + ": diagnostics." + entry.getKey() + " must be " + expected + ", got " + describe(entry.getValue()));
        }
    }

    /** The patterns of a string list (a lone string counts as a list of one), or {@code null} when it is neither. */
    private static List<String> globList(Object value) {
        if (value instanceof String single) {
            return List.of(single);
        }
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<String> patterns = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String pattern)) {
                return null;
            }
            patterns.add(pattern);
        }
        return List.copyOf(patterns);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> tableOrNull(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, ?>) map : null;
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static Settings withProblems(Settings settings, List<String> problems) {
        if (problems.isEmpty()) {
            return settings;
        }
        List<String> all = new ArrayList<>(settings.problems());
        all.addAll(problems);
        return new Settings(settings.ruleLevels(), settings.fileGlobs(), settings.debounceMs(), settings.maxFindingsPerFile(), List.copyOf(all));
    }
}
