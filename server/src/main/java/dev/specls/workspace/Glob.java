package dev.specls.workspace;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A path glob as users write them in settings: {@code *} and {@code ?} stay inside one path segment,
 * {@code **} crosses segments ({@code **}{@code /} also matches no folder at all), {@code {a,b}} picks
 * one of several, {@code [abc]} one character. Paths are matched with {@code /} separators. Every
 * other character is literal. No pattern is rejected.
 */
public final class Glob {

    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Glob of(String glob) {
        String trimmed = glob.strip();
        if (trimmed.startsWith("./")) {
            trimmed = trimmed.substring(2);
        }
        try {
            return new Glob(Pattern.compile(toRegex(trimmed)));
        } catch (PatternSyntaxException e) {
            // Only a reversed range such as [z-a] gets here; the user then most likely meant the characters.
            return new Glob(Pattern.compile(Pattern.quote(trimmed)));
        }
    }

    public boolean matches(String slashPath) {
        return pattern.matcher(slashPath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inAlternatives = false;
        int length = glob.length();
        for (int i = 0; i < length; i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < length && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < length && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{' && !inAlternatives && glob.indexOf('}', i) > 0) {
                regex.append("(?:");
                inAlternatives = true;
            } else if (c == '}' && inAlternatives) {
                regex.append(')');
                inAlternatives = false;
            } else if (c == ',' && inAlternatives) {
                regex.append('|');
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                int close = glob.indexOf(']', i + 2);
                boolean negated = glob.charAt(i + 1) == '!';
                regex.append(negated ? "[^/" : "[");
                for (int m = negated ? i + 2 : i + 1; m < close; m++) {
                    char member = glob.charAt(m);
                    regex.append(Character.isLetterOrDigit(member) || member == '-' ? "" : "\\").append(member);
                }
                regex.append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
