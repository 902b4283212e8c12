package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verify command that sago's DANGEROUS_VERIFY check flags, with exactly sago's command list and
 * patterns. Python's {@code \s} and {@code \b} are Unicode-aware and its {@code .} stops only at
 * {@code \n}, hence the flags. specls never runs a verify; {@code sago next} does, on the user's machine.
 */
final class DangerousVerify extends VerifyRule {

    private static final Set<String> DANGEROUS_COMMANDS = Set.of(
            "rm", "rmdir", "dd", "mkfs", "shutdown", "reboot", "halt", "poweroff", "kill", "killall", "pkill", "chmod", "chown",
            "mount", "umount", "fdisk", "format", "wget", "curl", "nc", "ncat", "ssh", "scp", "rsync", "eval", "exec", "sudo", "su",
            "apt", "brew", "yum", "dnf", "pacman");
    private static final Set<String> DANGEROUS_TWO_WORD_COMMANDS = Set.of("pip install", "npm install");

    /** A pattern and what it means, in sago's order. */
    private record Suspicious(Pattern pattern, String description) {

        Suspicious(String regex, String description) {
            this(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES), description);
        }
    }

    private static final List<Suspicious> SUSPICIOUS_PATTERNS = List.of(
            new Suspicious("\\$\\(", "command substitution $()"),
            new Suspicious("`[^`]+`", "backtick command substitution"),
            new Suspicious("\\|\\s*(bash|sh|zsh|dash|csh)", "piping to a shell"),
            new Suspicious(">\\s*/", "redirect to an absolute path"),
            new Suspicious("&&\\s*rm\\b", "chained rm command"),
            new Suspicious(";\\s*rm\\b", "chained rm command"),
            new Suspicious("\\brm\\s+-[a-z]*r", "recursive rm"),
            new Suspicious("\\bcurl\\b.*\\|\\s*(bash|sh|python)", "download-and-execute"),
            new Suspicious("\\bwget\\b.*\\|\\s*(bash|sh|python)", "download-and-execute"));

    DangerousVerify() {
        super("plan/dangerous-verify", Severity.WARNING,
                "A verify command deletes, downloads, installs, escalates or runs generated code, and sago next would run it on your machine.");
    }

    @Override
    void check(SpecSet specSet, Task task, VerifyCommand verify, FindingSink sink) {
        Set<String> reasons = new LinkedHashSet<>();
        List<int[]> ranges = new ArrayList<>();
        findDangerousCommands(verify.text(), reasons, ranges);
        findSuspiciousPatterns(verify.text(), reasons, ranges);
        if (reasons.isEmpty()) {
            return;
        }
        int from = ranges.stream().mapToInt(range -> range[0]).min().orElse(0);
        int to = ranges.stream().mapToInt(range -> range[1]).max().orElse(verify.text().length());
        Span span = verify.span(from, to);
        sink.report(specSet.planUri(), span, "The verify of task " + DependencySpans.label(task) + " is unsafe to run ("
                + String.join("; ", reasons) + "): sago lint-plan warns DANGEROUS_VERIFY, and `sago next` would run it on your "
                + "machine. Use a read-only check instead, such as a test run, an import or `test -f`.");
    }

    /**
     * sago splits the command on {@code \s*\|\s*}, strips each segment and looks at its first one or two
     * words; splitting on {@code |} and skipping Python whitespace reads the same words without a regex.
     */
    private static void findDangerousCommands(String command, Set<String> reasons, List<int[]> ranges) {
        int segmentStart = 0;
        while (segmentStart <= command.length()) {
            int pipe = command.indexOf('|', segmentStart);
            int segmentEnd = pipe < 0 ? command.length() : pipe;
            int firstStart = skipSpace(command, segmentStart, segmentEnd);
            int firstEnd = skipWord(command, firstStart, segmentEnd);
            if (firstStart < firstEnd) {
                String first = command.substring(firstStart, firstEnd).toLowerCase(Locale.ROOT);
                int secondStart = skipSpace(command, firstEnd, segmentEnd);
                int secondEnd = skipWord(command, secondStart, segmentEnd);
                String twoWords = first + " " + command.substring(secondStart, secondEnd).toLowerCase(Locale.ROOT);
                if (DANGEROUS_COMMANDS.contains(first)) {
                    reasons.add("dangerous command '" + first + "'");
                    ranges.add(new int[] {firstStart, firstEnd});
                } else if (secondStart < secondEnd && DANGEROUS_TWO_WORD_COMMANDS.contains(twoWords)) {
                    reasons.add("dangerous command '" + twoWords + "'");
                    ranges.add(new int[] {firstStart, secondEnd});
                }
            }
            if (pipe < 0) {
                break;
            }
            segmentStart = pipe + 1;
        }
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && XmlText.isPythonSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String text, int from, int limit) {
        int i = from;
        while (i < limit && !XmlText.isPythonSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void findSuspiciousPatterns(String command, Set<String> reasons, List<int[]> ranges) {
        if (!mayMatchAPattern(command)) {
            return;
        }
        for (Suspicious suspicious : SUSPICIOUS_PATTERNS) {
            Matcher matcher = suspicious.pattern().matcher(command);
            if (matcher.find()) {
                reasons.add("suspicious pattern: " + suspicious.description());
                ranges.add(new int[] {matcher.start(), matcher.end()});
            }
        }
    }

    /** Every pattern needs one of these characters or {@code rm}: most commands skip the regexes entirely. */
    private static boolean mayMatchAPattern(String command) {
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '$' || c == '`' || c == '|' || c == '>') {
                return true;
            }
        }
        return command.contains("rm");
    }
}
