package dev.specls.features;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One feature fixture: a spec set written inline, a cursor, arguments, and the expected result as text.
 *
 * <pre>
 * # args: newName=2.3                 optional key=value pairs, comma separated, for the feature
 * # encoding: utf-8                   optional; utf-16 by default
 * === PLAN.md                         a file, path relative to the spec set's folder
 * &lt;task id="1.2" depends_on="1.{|}1"&gt;  {|} marks the cursor (at most one in the whole fixture)
 * === STATE.md
 * [✓] 1.1: Config
 * --- expected                        everything below is the renderer's expected output
 * ...
 * </pre>
 */
record FeatureFixture(Map<String, String> args, String encoding, Map<String, String> files, String cursorFile, int cursorOffset,
        String expected, String head) {

    static final String CURSOR = "{|}";
    static final String EXPECTED = "--- expected";

    static FeatureFixture parse(String fixtureText) {
        int split = fixtureText.indexOf("\n" + EXPECTED + "\n");
        String head = split < 0 ? fixtureText : fixtureText.substring(0, split + 1);
        String expected = split < 0 ? "" : fixtureText.substring(split + EXPECTED.length() + 2);
        Map<String, String> args = new LinkedHashMap<>();
        String encoding = "utf-16";
        Map<String, String> files = new LinkedHashMap<>();
        String cursorFile = null;
        int cursorOffset = -1;
        String currentFile = null;
        StringBuilder content = new StringBuilder();
        for (String line : head.split("\n", -1)) {
            if (currentFile == null && line.startsWith("# args:")) {
                for (String pair : line.substring("# args:".length()).split(",")) {
                    String[] parts = pair.split("=", 2);
                    if (parts.length == 2) {
                        args.put(parts[0].trim(), parts[1].trim());
                    }
                }
            } else if (currentFile == null && line.startsWith("# encoding:")) {
                encoding = line.substring("# encoding:".length()).trim();
            } else if (line.startsWith("=== ")) {
                if (currentFile != null) {
                    files.put(currentFile, stripLastNewline(content));
                }
                currentFile = line.substring(4).trim();
                content = new StringBuilder();
            } else if (currentFile != null) {
                int cursor = line.indexOf(CURSOR);
                if (cursor >= 0) {
                    cursorFile = currentFile;
                    cursorOffset = content.length() + cursor;
                    line = line.substring(0, cursor) + line.substring(cursor + CURSOR.length());
                }
                content.append(line).append('\n');
            }
        }
        if (currentFile != null) {
            files.put(currentFile, stripLastNewline(content));
        }
        return new FeatureFixture(args, encoding, files, cursorFile, cursorOffset, expected, head);
    }

    /** The fixture's files end where the next section starts; the line break before it is not file content. */
    private static String stripLastNewline(StringBuilder content) {
        return content.length() > 0 && content.charAt(content.length() - 1) == '\n'
                ? content.substring(0, content.length() - 1) : content.toString();
    }
}
