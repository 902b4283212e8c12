package dev.specls.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files of an answer written with {@code === FILE: NAME ===} marker lines, as sago's {@code init --prompt} reads them. */
final class GeneratedFiles {

    static final List<String> EXPECTED = List.of("PROJECT.md", "REQUIREMENTS.md");
    private static final String MARKER = "=== FILE: ";

    private GeneratedFiles() {
    }

    /** The expected files the answer holds, by name, each ending in one line break. */
    static Map<String, String> parse(String answer) {
        return parse(answer, EXPECTED::contains);
    }

    /** The files the answer holds whose names {@code accepted} takes, by name, each ending in one line break. */
    static Map<String, String> parse(String answer, java.util.function.Predicate<String> accepted) {
        Map<String, String> files = new LinkedHashMap<>();
        String[] parts = answer.split(java.util.regex.Pattern.quote(MARKER), -1);
        for (int i = 1; i < parts.length; i++) {
            int close = parts[i].indexOf("===");
            if (close < 0) {
                continue;
            }
            String name = parts[i].substring(0, close).strip();
            if (accepted.test(name)) {
                files.put(name, parts[i].substring(close + 3).strip() + "\n");
            }
        }
        return files;
    }
}
