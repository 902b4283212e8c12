package dev.specls.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns in {@code .gitignore} syntax, each relative to a folder, in the order they apply: the last
 * pattern that matches a path decides whether it is ignored ({@code !pattern} re-includes).
 *
 * <p>As git reads them: blank lines and {@code #} comments are skipped; trailing spaces are dropped
 * unless escaped; {@code \} escapes the next character; a trailing {@code /} matches folders only; a
 * pattern with a {@code /} at its start or in its middle is anchored to its folder, any other matches
 * a name at any depth below it; {@code *} and {@code ?} stay within a name, {@code [a-z]},
 * {@code [!a-z]} and {@code [^a-z]} match one character of a name; {@code **}{@code /} at the start and
 * {@code /**}{@code /} in the middle match any number of folders (none included), a trailing
 * {@code /**} everything inside, and any other run of asterisks is one {@code *}. A pattern that
 * ends in a lone backslash is invalid and, as in git, matches nothing.
 *
 * <p>Matching is case-sensitive. A path below an ignored folder is not matched here: callers skip
 * the folder, which is also why, as in git, no pattern can re-include a file whose folder is ignored.
 */
final class IgnoreRules {

    /** What the rules say about one path. */
    enum Verdict {
        /** No rule matches. */
        NONE,
        IGNORED,
        /** The last matching rule is a {@code !pattern}. */
        INCLUDED
    }

    /**
     * @param base      the folder the pattern is relative to; {@code null}: the folder given when matching
     * @param text      the pattern as written, for messages
     * @param isDefault one of specls's own defaults rather than the user's
     */
    record Rule(Path base, String text, Pattern regex, boolean negated, boolean directoryOnly, boolean isDefault) {
    }

    static final IgnoreRules NONE = new IgnoreRules(List.of());

    private final List<Rule> rules;

    IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of a {@code .gitignore} file in {@code folder}. */
    static IgnoreRules ofFile(Path folder, String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Rule rule = compile(folder, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, false);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new IgnoreRules(rules);
    }

    /** One pattern line, or {@code null} for a blank line, a comment or an invalid pattern. */
    static Rule compile(Path base, String line, boolean isDefault) {
        String pattern = stripTrailingSpaces(line);
        if (pattern.isEmpty() || pattern.startsWith("#")) {
            return null;
        }
        boolean negated = pattern.startsWith("!");
        if (negated) {
            pattern = pattern.substring(1);
        }
        boolean directoryOnly = pattern.endsWith("/") && !pattern.endsWith("\\/");
        if (directoryOnly) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        if (pattern.isEmpty() || endsWithLoneBackslash(pattern)) {
            return null;
        }
        boolean anchored = pattern.indexOf('/') >= 0;
        if (pattern.startsWith("/")) {
            pattern = pattern.substring(1);
        }
        String regex = (anchored ? "" : "(?:.*/)?") + toRegex(pattern);
        return new Rule(base, line.strip(), Pattern.compile(regex, Pattern.DOTALL), negated, directoryOnly, isDefault);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The verdict of the last rule that matches {@code path}.
     *
     * @param root the folder that rules without a base of their own are relative to
     */
    Verdict match(Path path, boolean directory, Path root) {
        Rule decisive = decisiveRule(path, directory, root);
        if (decisive == null) {
            return Verdict.NONE;
        }
        return decisive.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
    }

    /** The last rule that matches, or {@code null}. */
    Rule decisiveRule(Path path, boolean directory, Path root) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if (rule.directoryOnly() && !directory) {
                continue;
            }
            Path base = rule.base() == null ? root : rule.base();
            if (base == null || !path.startsWith(base) || path.equals(base)) {
                continue;
            }
            if (rule.regex().matcher(slashes(base.relativize(path))).matches()) {
                return rule;
            }
        }
        return null;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean endsWithLoneBackslash(String pattern) {
        int backslashes = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int length = pattern.length();
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < length) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                int stars = i;
                while (i + 1 < length && pattern.charAt(i + 1) == '*') {
                    i++;
                }
                boolean run = i > stars;
                boolean segmentStart = stars == 0 || pattern.charAt(stars - 1) == '/';
                boolean segmentEnd = i + 1 == length || pattern.charAt(i + 1) == '/';
                if (run && segmentStart && segmentEnd) {
                    if (i + 1 == length) {
                        // "**" alone matches everything; a trailing "/**" everything inside the folder before it.
                        regex.append(stars == 0 ? ".*" : ".+");
                    } else {
                        regex.append("(?:.*/)?");
                        i++;
                    }
                } else {
                    regex.append("[^/]*");
                }
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int end = characterClassEnd(pattern, i);
                if (end < 0) {
                    regex.append(Pattern.quote("["));
                } else {
                    regex.append(characterClass(pattern.substring(i + 1, end)));
                    i = end;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}, or -1 when it is not closed. */
    private static int characterClassEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < pattern.length() && pattern.charAt(i + 1) == ':') {
                int close = pattern.indexOf(":]", i + 2);
                i = close < 0 ? i + 1 : close + 2;
            } else if (c == ']') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A Java character class for the inside of a glob class; never matches {@code /}. */
    private static String characterClass(String inside) {
        StringBuilder members = new StringBuilder();
        int i = 0;
        boolean negated = !inside.isEmpty() && (inside.charAt(0) == '!' || inside.charAt(0) == '^');
        if (negated) {
            i++;
        }
        while (i < inside.length()) {
            char c = inside.charAt(i);
            if (c == '[' && inside.startsWith("[:", i) && inside.indexOf(":]", i + 2) > 0) {
                int close = inside.indexOf(":]", i + 2);
                members.append(posixClass(inside.substring(i + 2, close)));
                i = close + 2;
                continue;
            }
            if (c == '\\' && i + 1 < inside.length()) {
                c = inside.charAt(++i);
            }
            if (c == '-' && members.length() > 0 && i + 1 < inside.length()) {
                members.append('-');
            } else if (c != '/') {
                members.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
            i++;
        }
        return negated ? "[^/" + members + "]" : members.length() == 0 ? "(?!)" : "[" + members + "]";
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{Alpha}";
            case "digit" -> "\\p{Digit}";
            case "alnum" -> "\\p{Alnum}";
            case "upper" -> "\\p{Upper}";
            case "lower" -> "\\p{Lower}";
            case "space" -> "\\s";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "\\p{XDigit}";
            default -> "";
        };
    }
}
