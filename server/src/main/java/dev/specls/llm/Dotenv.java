package dev.specls.llm;

import dev.specls.text.SafeFileReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code .env} file as sago reads it: {@code KEY=value} lines, {@code #} comments, quotes around a value dropped. */
final class Dotenv {

    private Dotenv() {
    }

    /** The variables of the file; empty when it is missing or not a file specls reads (a link, say). */
    static Map<String, String> read(Path file) {
        if (!(SafeFileReader.read(file, file.getParent()) instanceof SafeFileReader.Read read)) {
            return Map.of();
        }
        return parse(read.text());
    }

    static Map<String, String> parse(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int equals = trimmed.indexOf('=');
            String value = trimmed.substring(equals + 1).strip();
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1);
            }
            variables.put(trimmed.substring(0, equals).strip(), value);
        }
        return variables;
    }
}
