package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.formats.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the users' reference: every rule has an entry headed {@code ### `code` (S)} with its
 * default severity, a description, a bad example and a fixed one, in the order the rules run; and the page
 * lists no code that is not a rule.
 */
class RulesDocumentationTest {

    private static final Path RULES_PAGE = Path.of("../docs/rules.md");
    private static final Pattern HEADING = Pattern.compile("^### `([a-z]+/[a-z0-9-]+)` \\(([EWIH])\\)$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,})[^`]*$");

    @Test
    void everyRuleHasAnEntryWithABadAndAFixedExample() throws IOException {
        Map<String, Entry> entries = entries(Files.readAllLines(RULES_PAGE, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        for (Documented rule : documented()) {
            Entry entry = entries.get(rule.code());
            if (entry == null) {
                problems.add(rule.code() + ": no entry in docs/rules.md");
                continue;
            }
            String letter = rule.defaultSeverity().name().substring(0, 1).toUpperCase(Locale.ROOT);
            if (!entry.severity.equals(letter)) {
                problems.add(rule.code() + ": the page says (" + entry.severity + "), the rule's default is " + rule.defaultSeverity());
            }
            if (entry.prose.toString().isBlank()) {
                problems.add(rule.code() + ": no description");
            }
            if (!entry.bad || !entry.fixed) {
                problems.add(rule.code() + ": " + (entry.bad ? "" : "no \"Bad\" example ") + (entry.fixed ? "" : "no \"Fixed\" example"));
            }
        }
        List<String> codes = documented().stream().map(Documented::code).toList();
        for (String code : entries.keySet()) {
            if (!codes.contains(code)) {
                problems.add(code + ": listed in docs/rules.md, but no rule has this code");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(codes, List.copyOf(entries.keySet()), "entries in the order the rules run");
    }

    /** A rule as the page documents it: the spec-set rules in the order they run, then the workspace rules. */
    private record Documented(String code, Severity defaultSeverity) {
    }

    private static List<Documented> documented() {
        List<Documented> documented = new ArrayList<>();
        Formats.BUILT_IN.rules().forEach(rule -> documented.add(new Documented(rule.code(), rule.defaultSeverity())));
        Rules.workspace().forEach(rule -> documented.add(new Documented(rule.code(), rule.defaultSeverity())));
        return documented;
    }

    private static final class Entry {
        final String severity;
        final StringBuilder prose = new StringBuilder();
        boolean bad;
        boolean fixed;

        Entry(String severity) {
            this.severity = severity;
        }
    }

    /** The entries by code, in page order; an example counts when a "Bad"/"Fixed" line is followed by a fenced block. */
    private static Map<String, Entry> entries(List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Entry current = null;
        String fence = null;
        String pendingExample = null;
        for (String line : lines) {
            if (fence != null) {
                if (line.startsWith(fence) && line.strip().equals(fence)) {
                    fence = null;
                }
                continue;
            }
            // As in CommonMark, a line of backticks opens a fence only when no backtick follows on it.
            Matcher opening = FENCE.matcher(line);
            if (opening.find()) {
                fence = opening.group(1);
                if (current != null && "Bad".equals(pendingExample)) {
                    current.bad = true;
                } else if (current != null && "Fixed".equals(pendingExample)) {
                    current.fixed = true;
                }
                pendingExample = null;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new Entry(heading.group(2));
                entries.put(heading.group(1), current);
                continue;
            }
            if (line.startsWith("#")) {
                current = null;
                continue;
            }
            if (current == null) {
                continue;
            }
            if (line.startsWith("Bad")) {
                pendingExample = "Bad";
            } else if (line.startsWith("Fixed")) {
                pendingExample = "Fixed";
            } else if (!line.isBlank() && !current.bad) {
                current.prose.append(line).append('\n');
            }
        }
        return entries;
    }
}
