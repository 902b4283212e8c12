package dev.specls.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.specls.text.SafeFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads settings from {@code .specls.toml} and from the client's {@code specls} settings object, which
 * share one shape:
 * <pre>
 * extend = "../.specls.toml"                     # settings this file starts from
 * [rules]        "plan/broad-task" = "off"      # error|warning|information|hint|off
 * [files]        plan = ["plans/*.md"]           # extra globs per kind: any kind the formats table declares
 *                planByContent = ["docs/*.md"]   # Markdown files that are plans when they hold <phases>
 *                exclude = ["fixtures/"]         # .gitignore syntax, after the defaults
 *                respectGitignore = true
 * [diagnostics]  debounceMs = 200
 *                maxFindingsPerFile = 1000
 * </pre>
 * Globs and patterns in a file are relative to the file's folder; in client settings, to each
 * workspace root. A mistake never stops the rest from applying: the faulty entry is skipped and
 * described in {@link Settings#problems()}. Nothing here throws.
 *
 * <p>The keys of {@code [files]} that name kinds are not known here: the formats table declares the kinds,
 * and whoever loads settings hands their names in ({@code fileKinds}, lower case, as users write them).
 */
public final class SettingsLoader {

    public static final String FILE_NAME = ".specls.toml";

    private static final List<String> LEVELS = List.of("error", "warning", "information", "hint", "off");
    private static final String PLAN_BY_CONTENT = "planByContent";
    private static final String EXCLUDE = "exclude";
    private static final String RESPECT_GITIGNORE = "respectGitignore";
    private static final String EXTEND = "extend";
    private static final String LLM = "llm";
    private static final String CLIENT_SOURCE = "client setting specls";
    /** A chain of {@code extend} this long is a mistake, not a layout. */
    private static final int MAX_EXTEND_DEPTH = 16;

    private SettingsLoader() {
    }

    /**
     * The settings of one {@code .specls.toml}, after those of the file it extends; its globs are relative
     * to its folder.
     *
     * @param nameOf    how problems name a configuration file to the user
     * @param fileKinds the kinds {@code [files]} may give globs to
     */
    public static Settings loadFile(Path file, Function<Path, String> nameOf, List<String> fileKinds) {
        return loadFile(file.toAbsolutePath().normalize(), nameOf, fileKinds, new LinkedHashSet<>());
    }

    private static Settings loadFile(Path file, Function<Path, String> nameOf, List<String> fileKinds, Set<Path> extending) {
        String name = nameOf.apply(file);
        Settings withSource = new Settings(Map.of(), FileSettings.defaults(), Settings.DEFAULT_DEBOUNCE_MS, List.of(), file);
        // Read as every file is: a regular file that is not itself a link, capped, with a timeout.
        SafeFileReader.Result read = SafeFileReader.read(file, null);
        if (!(read instanceof SafeFileReader.Read readText)) {
            String reason = read instanceof SafeFileReader.Refused refused ? refused.reason() : "is gone";
            return withSource.withProblems(List.of(name + ": not read, as it " + reason + "; using defaults"));
        }
        String text = readText.text();
        List<String> problems = new ArrayList<>();
        Map<String, Object> tree = readTree(text, name, problems);
        Settings base = withSource;
        if (tree.containsKey(EXTEND)) {
            extending.add(file);
            base = extended(file, tree.remove(EXTEND), name, nameOf, fileKinds, extending, problems);
            extending.remove(file);
            base = new Settings(base.ruleLevels(), base.files(), base.debounceMs(), base.maxFindingsPerFile(), base.problems(), file);
        }
        return apply(base.withProblems(problems), tree, name, file.getParent(), fileKinds);
    }

    private static Settings extended(Path file, Object value, String name, Function<Path, String> nameOf, List<String> fileKinds,
                                     Set<Path> extending, List<String> problems) {
        Settings none = new Settings(Map.of(), FileSettings.defaults(), Settings.DEFAULT_DEBOUNCE_MS, List.of(), file);
        if (!(value instanceof String relative) || relative.isBlank()) {
            problems.add(name + ": extend must be the path of another .toml file, got " + describe(value));
            return none;
        }
        Path target = file.getParent().resolve(relative).toAbsolutePath().normalize();
        if (!target.getFileName().toString().endsWith(".toml")) {
            problems.add(name + ": extend names " + relative + ", which is not a .toml file; it is not read");
            return none;
        }
        if (extending.contains(target)) {
            problems.add(name + ": extend names " + relative + ", which extends this file again; the loop is not followed");
            return none;
        }
        if (extending.size() >= MAX_EXTEND_DEPTH) {
            problems.add(name + ": extend goes " + MAX_EXTEND_DEPTH + " files deep; " + relative + " is not read");
            return none;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(name + ": extend names " + relative + ", which is not a file; it is not read");
            return none;
        }
        return loadFile(target, nameOf, fileKinds, extending);
    }

    /** The settings of TOML text with no file behind it: globs are relative to each workspace root. */
    public static Settings fromToml(String tomlText, List<String> fileKinds) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> tree = readTree(tomlText, FILE_NAME, problems);
        if (tree.containsKey(EXTEND)) {
            tree.remove(EXTEND);
            problems.add(FILE_NAME + ": extend needs a file to be relative to; it is not followed");
        }
        return apply(Settings.defaults().withProblems(problems), tree, FILE_NAME, null, fileKinds);
    }

    /**
     * Applies the client's {@code specls} settings over {@code base}: a rule level, a kind's glob list,
     * {@code planByContent} or {@code respectGitignore} given by the client replaces the one from the file;
     * its {@code exclude} patterns apply after the file's; everything else is kept.
     */
    public static Settings merge(Settings base, Map<String, Object> clientSettings, List<String> fileKinds) {
        if (clientSettings == null) {
            return base;
        }
        Map<String, Object> tree = new LinkedHashMap<>(clientSettings);
        List<String> problems = new ArrayList<>();
        if (tree.remove(EXTEND) != null) {
            problems.add(CLIENT_SOURCE + ": extend is read only in .specls.toml");
        }
        return apply(base.withProblems(problems), tree, CLIENT_SOURCE, null, fileKinds);
    }

    /** The parsed file; after a syntax error, what can be read section by section, and the error in {@code problems}. */
    private static Map<String, Object> readTree(String text, String name, List<String> problems) {
        Map<String, Object> tree = readToml(text, name, problems);
        return new LinkedHashMap<>(tree == null ? readSectionsSeparately(text, name) : tree);
    }

    private static Map<String, Object> readToml(String text, String name, List<String> problems) {
        try {
            return TomlTables.read(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            problems.add(name + ": not valid TOML" + where + ": " + e.getOriginalMessage()
                    + "; the sections that can be read still apply");
            return null;
        } catch (RuntimeException e) {
            problems.add(name + ": not valid TOML: " + e.getMessage() + "; the sections that can be read still apply");
            return null;
        }
    }

    /**
     * After a syntax error, reads each {@code [table]} section on its own so that one broken line
     * costs only its own section.
     */
    private static Map<String, Object> readSectionsSeparately(String text, String name) {
        Map<String, Object> merged = new LinkedHashMap<>();
        StringBuilder section = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.strip().startsWith("[") && section.length() > 0) {
                mergeReadable(merged, section.toString(), name);
                section.setLength(0);
            }
            section.append(line).append('\n');
        }
        mergeReadable(merged, section.toString(), name);
        return merged;
    }

    private static void mergeReadable(Map<String, Object> merged, String sectionText, String name) {
        Map<String, Object> tree = readToml(sectionText, name, new ArrayList<>());
        if (tree != null) {
            merged.putAll(tree);
        }
    }

    /** @param base the folder the tree's globs are relative to, or {@code null} for the workspace roots */
    private static Settings apply(Settings settings, Map<String, ?> tree, String source, Path base, List<String> fileKinds) {
        Map<String, String> rules = new LinkedHashMap<>(settings.ruleLevels());
        FileTable files = new FileTable(settings.files());
        int[] diagnostics = {settings.debounceMs(), settings.maxFindingsPerFile()};
        List<String> problems = new ArrayList<>(settings.problems());
        for (Map.Entry<String, ?> section : tree.entrySet()) {
            String key = section.getKey();
            Map<String, ?> table = tableOrNull(section.getValue());
            if (key.equals(LLM)) {
                // The planning commands read [llm] themselves, with who set each value (dev.specls.llm.LlmSettingsReader).
                continue;
            }
            if (!List.of("rules", "files", "diagnostics").contains(key)) {
                problems.add(source + ": unknown key \"" + key + "\" (known: extend, rules, files, diagnostics, llm)");
            } else if (table == null) {
                problems.add(source + ": \"" + key + "\" must be a table");
            } else if (key.equals("rules")) {
                readRules(table, rules, problems, source);
            } else if (key.equals("files")) {
                files.read(table, problems, source, base, fileKinds);
            } else {
                readDiagnostics(table, diagnostics, problems, source);
            }
        }
        return new Settings(Collections.unmodifiableMap(rules), files.toSettings(), diagnostics[0], diagnostics[1], List.copyOf(problems),
                settings.source());
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

    /** The {@code [files]} table being read over the settings it starts from. */
    private static final class FileTable {
        private final Map<String, List<RootedGlob>> kinds;
        private List<RootedGlob> planByContent;
        private final List<RootedGlob> exclude;
        private boolean respectGitignore;

        FileTable(FileSettings start) {
            kinds = new LinkedHashMap<>(start.kinds());
            planByContent = start.planByContent();
            exclude = new ArrayList<>(start.exclude());
            respectGitignore = start.respectGitignore();
        }

        void read(Map<String, ?> table, List<String> problems, String source, Path base, List<String> fileKinds) {
            for (Map.Entry<String, ?> entry : table.entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                if (key.equals(RESPECT_GITIGNORE)) {
                    if (value instanceof Boolean flag) {
                        respectGitignore = flag;
                    } else {
                        problems.add(source + ": files." + key + " must be true or false, got " + describe(value));
                    }
                    continue;
                }
                boolean known = fileKinds.contains(key) || key.equals(PLAN_BY_CONTENT) || key.equals(EXCLUDE);
                if (!known) {
                    problems.add(source + ": unknown key \"" + key + "\" under files (known: " + String.join(", ", fileKinds)
                            + ", " + PLAN_BY_CONTENT + ", " + EXCLUDE + ", " + RESPECT_GITIGNORE + ")");
                    continue;
                }
                List<RootedGlob> patterns = globList(value, base);
                if (patterns == null) {
                    problems.add(source + ": files." + key + " must be a list of glob strings, got " + describe(value));
                } else if (key.equals(EXCLUDE)) {
                    exclude.addAll(patterns);
                } else if (key.equals(PLAN_BY_CONTENT)) {
                    planByContent = patterns;
                } else {
                    kinds.put(key, patterns);
                }
            }
        }

        FileSettings toSettings() {
            return new FileSettings(Collections.unmodifiableMap(kinds), planByContent, List.copyOf(exclude), respectGitignore);
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
    private static List<RootedGlob> globList(Object value, Path base) {
        if (value instanceof String single) {
            return List.of(new RootedGlob(single, base));
        }
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<RootedGlob> patterns = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String pattern)) {
                return null;
            }
            patterns.add(new RootedGlob(pattern, base));
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
}
