package dev.specls.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule fixture file: a spec set written inline, with the findings it must produce marked under
 * the lines they concern.
 *
 * <pre>
 * # codes: plan/dangling-dependency          compare only these codes (default: every code)
 * # rules: plan/missing-verify=off           severity overrides, as in .specls.toml
 * # encoding: ISO-8859-1                     write every file to disk in this charset and read it from there
 * === PLAN.md                                a file of the spec set, path relative to the spec set's folder
 * &lt;task id="1.2" depends_on="1.9"&gt;
 *                             ^^^ plan/dangling-dependency: did you mean
 * </pre>
 *
 * A marker line ({@code ^^^ code} with an optional {@code : message fragment}) is not part of the
 * file; its carets give the columns (UTF-16) of the finding on the nearest content line above it. A
 * marker reaching the end of its line also matches a finding that continues on later lines.
 */
record RuleFixture(Set<String> codes, Map<String, String> ruleLevels, String encoding, Map<String, String> files, List<Marker> markers) {

    private static final Pattern MARKER = Pattern.compile("^(\\s*)(\\^+)\\s+(\\S+)(?::\\s*(.*\\S))?\\s*$");

    /** An expected finding: file, 0-based line, columns, code and an optional message fragment. */
    record Marker(String file, int line, int startColumn, int endColumn, boolean toLineEnd, String code, String messageFragment) {

        String key() {
            return file + ":" + (line + 1) + ":" + (startColumn + 1) + "-" + (toLineEnd ? "EOL" : String.valueOf(endColumn + 1)) + " " + code;
        }
    }

    static RuleFixture parse(String fixtureText) {
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> levels = new LinkedHashMap<>();
        String encoding = null;
        Map<String, String> files = new LinkedHashMap<>();
        List<Marker> markers = new ArrayList<>();
        String currentFile = null;
        StringBuilder content = null;
        List<String> contentLines = new ArrayList<>();
        for (String line : fixtureText.split("\n", -1)) {
            if (currentFile == null && line.startsWith("# codes:")) {
                for (String code : line.substring("# codes:".length()).split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.trim());
                    }
                }
                continue;
            }
            if (currentFile == null && line.startsWith("# rules:")) {
                for (String setting : line.substring("# rules:".length()).split(",")) {
                    String[] parts = setting.split("=", 2);
                    if (parts.length == 2) {
                        levels.put(parts[0].trim(), parts[1].trim());
                    }
                }
                continue;
            }
            if (currentFile == null && line.startsWith("# encoding:")) {
                encoding = line.substring("# encoding:".length()).trim();
                continue;
            }
            if (line.startsWith("=== ")) {
                if (currentFile != null) {
                    files.put(currentFile, content.toString());
                }
                currentFile = line.substring(4).trim();
                content = new StringBuilder();
                contentLines.clear();
                continue;
            }
            if (currentFile == null) {
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            if (marker.matches() && !contentLines.isEmpty()) {
                int lineIndex = contentLines.size() - 1;
                String target = contentLines.get(lineIndex);
                int start = marker.group(1).length();
                int end = start + marker.group(2).length();
                boolean toLineEnd = end >= target.length();
                markers.add(new Marker(currentFile, lineIndex, start, end, toLineEnd, marker.group(3), marker.group(4)));
                continue;
            }
            if (!contentLines.isEmpty()) {
                content.append('\n');
            }
            content.append(line);
            contentLines.add(line);
        }
        if (currentFile != null) {
            files.put(currentFile, content.toString());
        }
        return new RuleFixture(codes, levels, encoding, files, markers);
    }
}
