package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.syntax.prompt.TemplateBody.TokenKind;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The substitutions agent tools make in a prompt's text, outside any template language: SASE's
 * {@code #name} references and legacy {@code {1}} placeholders, Claude Code's {@code $ARGUMENTS},
 * {@code $1}, {@code @path} and {@code !`command`}, VS Code's {@code ${input:name}}, {@code ${file}}
 * and {@code #file:path}. Each pattern is the one its tool applies.
 */
final class AgentSyntax {

    private static final Pattern NAMED_ARGUMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*");
    private static final Pattern LEGACY = Pattern.compile("\\{([0-9]+)(?::([^}\\n]*))?}");
    private static final Pattern CLAUDE = Pattern.compile(
            "\\$(ARGUMENTS)\\b|\\$([1-9][0-9]*)|(?<![\\w@/.])@([A-Za-z0-9_.~/-]*[A-Za-z0-9_~/-])|!`([^`\\n]+)`");
    private static final Pattern VSCODE = Pattern.compile(
            "\\$\\{input:([A-Za-z_][\\w-]*)(?::([^}\\n]*))?}|\\$\\{file:([^}\\n]+)}|\\$\\{([A-Za-z][A-Za-z0-9]*)}|(?<![\\w#])#file:([^\\s`)\\]]+)");

    private AgentSyntax() {
    }

    static void saseReferences(String text, int start, int end, List<Span> code, BodyBuilder out) {
        int codeIndex = 0;
        int i = start;
        while (i < end) {
            int hash = text.indexOf('#', i);
            if (hash < 0 || hash >= end) {
                break;
            }
            i = hash + 1;
            if (hash > 0 && !startsReference(text.charAt(hash - 1))) {
                continue;
            }
            while (codeIndex < code.size() && code.get(codeIndex).end() <= hash) {
                codeIndex++;
            }
            if (codeIndex < code.size() && code.get(codeIndex).start() <= hash) {
                continue;
            }
            int nameEnd = name(text, hash + 1, end);
            if (nameEnd == hash + 1) {
                continue;
            }
            Span name = new Span(hash + 1, nameEnd);
            List<Argument> arguments = new ArrayList<>();
            int callEnd = nameEnd;
            int argumentsEnd = nameEnd;
            char next = nameEnd < end ? text.charAt(nameEnd) : 0;
            if (next == '(') {
                int close = closingParenthesis(text, nameEnd + 1, end);
                argumentsEnd = close < 0 ? end : close;
                arguments.addAll(arguments(text, nameEnd + 1, argumentsEnd));
                callEnd = close < 0 ? end : close + 1;
                out.token(TokenKind.OPERATOR, nameEnd, nameEnd + 1);
            } else if (next == ':') {
                int valueEnd = colonArgumentEnd(text, nameEnd + 1, end);
                if (valueEnd > nameEnd + 1) {
                    String written = text.substring(nameEnd + 1, valueEnd);
                    boolean quoted = written.startsWith("`");
                    String unquoted = quoted ? written.substring(1, written.length() - 1) : written;
                    Span value = new Span(nameEnd + 1, valueEnd);
                    arguments.add(new Argument(null, null, unquoted, value, literalOf(unquoted, quoted)));
                    out.token(TokenKind.STRING, value.start(), value.end());
                    callEnd = valueEnd;
                    argumentsEnd = valueEnd;
                }
            } else if (next == '+') {
                arguments.add(new Argument(null, null, "true", new Span(nameEnd, nameEnd + 1), "bool"));
                callEnd = nameEnd + 1;
                argumentsEnd = callEnd;
            }
            out.token(TokenKind.REFERENCE, hash, name.end());
            out.calls.add(new Call(CallKind.REFERENCE, name.of(text), name, new Span(hash, callEnd), List.copyOf(arguments), false,
                    argumentsEnd));
            i = Math.max(i, callEnd);
        }
    }

    /** SASE's reference starts at a line's start, after whitespace, or after one of {@code ([\"'}. */
    private static boolean startsReference(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '"' || before == '\'';
    }

    /** The end of a reference name, {@code name} or {@code project/name}: {@code from} when there is none. */
    private static int name(String text, int from, int end) {
        int i = from;
        int segmentEnd = from;
        while (i < end) {
            char first = text.charAt(i);
            if (!(Character.isLetter(first) && first < 128 || first == '_')) {
                break;
            }
            int j = i + 1;
            while (j < end && (isAsciiLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            segmentEnd = j;
            if (j + 1 < end && text.charAt(j) == '/') {
                i = j + 1;
            } else {
                break;
            }
        }
        return segmentEnd;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The end of {@code #name:value}'s value: a backtick-quoted text, or word characters not ending in a dot. */
    private static int colonArgumentEnd(String text, int from, int end) {
        if (from < end && text.charAt(from) == '`') {
            int close = text.indexOf('`', from + 1);
            return close < 0 || close >= end ? from : close + 1;
        }
        int i = from;
        while (i < end && (isAsciiLetterOrDigit(text.charAt(i)) || "_.~/-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        while (i > from && text.charAt(i - 1) == '.') {
            i--;
        }
        return i;
    }

    /** The parenthesis closing the one just before {@code from}, skipping quoted text; -1 when none does. */
    private static int closingParenthesis(String text, int from, int end) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** SASE's argument list: comma-separated, {@code name=value} or positional, values optionally quoted. */
    private static List<Argument> arguments(String text, int from, int to) {
        List<Argument> arguments = new ArrayList<>();
        int partStart = from;
        int depth = 0;
        char quote = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ',';
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                Argument argument = argument(text, partStart, i);
                if (argument != null) {
                    arguments.add(argument);
                }
                partStart = i + 1;
            }
        }
        return arguments;
    }

    private static Argument argument(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return null;
        }
        Matcher named = NAMED_ARGUMENT.matcher(text).region(s, e);
        String name = null;
        Span nameSpan = null;
        int valueStart = s;
        if (named.lookingAt()) {
            name = named.group(1);
            nameSpan = new Span(named.start(1), named.end(1));
            valueStart = named.end();
        }
        String written = text.substring(valueStart, e);
        boolean quoted = written.length() >= 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'')
                && written.charAt(written.length() - 1) == written.charAt(0);
        String value = quoted ? written.substring(1, written.length() - 1) : written;
        return new Argument(name, nameSpan, value, new Span(valueStart, e), literalOf(value, quoted));
    }

    /** What a SASE argument's text reads as when converted: quoted text is a string, otherwise a number or a boolean when it looks like one. */
    private static String literalOf(String value, boolean quoted) {
        if (quoted) {
            return "string";
        }
        if (value.matches("[-+]?[0-9]+")) {
            return "int";
        }
        if (value.matches("[-+]?[0-9]*\\.[0-9]+")) {
            return "float";
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return "bool";
        }
        return "string";
    }

    static void legacyPlaceholders(String text, int start, int end, BodyBuilder out) {
        Matcher matcher = LEGACY.matcher(text).region(start, end);
        while (matcher.find()) {
            out.placeholders.add(new Placeholder(PlaceholderKind.LEGACY, matcher.group(1), new Span(matcher.start(), matcher.end()),
                    new Span(matcher.start(1), matcher.end(1)), matcher.group(2)));
            out.token(TokenKind.VARIABLE, matcher.start(), matcher.end());
        }
    }

    static void claudePlaceholders(String text, int start, int end, BodyBuilder out) {
        Matcher matcher = CLAUDE.matcher(text).region(start, end);
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            Span whole = new Span(matcher.start(), matcher.end());
            if (matcher.group(1) != null) {
                add(out, PlaceholderKind.ARGUMENTS, "ARGUMENTS", whole, new Span(matcher.start(1), matcher.end(1)), TokenKind.VARIABLE);
            } else if (matcher.group(2) != null) {
                add(out, PlaceholderKind.POSITIONAL, matcher.group(2), whole, new Span(matcher.start(2), matcher.end(2)), TokenKind.PARAMETER);
            } else if (matcher.group(3) != null) {
                String path = matcher.group(3);
                int trimmed = path.length();
                while (trimmed > 0 && ".".indexOf(path.charAt(trimmed - 1)) >= 0) {
                    trimmed--;
                }
                if (trimmed == 0) {
                    continue;
                }
                Span name = new Span(matcher.start(3), matcher.start(3) + trimmed);
                add(out, PlaceholderKind.FILE, path.substring(0, trimmed), new Span(matcher.start(), name.end()), name, TokenKind.REFERENCE);
            } else {
                add(out, PlaceholderKind.SHELL, matcher.group(4), whole, new Span(matcher.start(4), matcher.end(4)), TokenKind.STRING);
            }
        }
    }

    static void vscodePlaceholders(String text, int start, int end, BodyBuilder out) {
        Matcher matcher = VSCODE.matcher(text).region(start, end);
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            Span whole = new Span(matcher.start(), matcher.end());
            if (matcher.group(1) != null) {
                Span name = new Span(matcher.start(1), matcher.end(1));
                out.placeholders.add(new Placeholder(PlaceholderKind.INPUT, matcher.group(1), whole, name, matcher.group(2)));
                out.token(TokenKind.VARIABLE, name.start(), name.end());
            } else if (matcher.group(3) != null) {
                add(out, PlaceholderKind.FILE, matcher.group(3).strip(), whole, new Span(matcher.start(3), matcher.end(3)), TokenKind.REFERENCE);
            } else if (matcher.group(4) != null) {
                add(out, PlaceholderKind.VARIABLE, matcher.group(4), whole, new Span(matcher.start(4), matcher.end(4)), TokenKind.VARIABLE);
            } else {
                add(out, PlaceholderKind.FILE, matcher.group(5), whole, new Span(matcher.start(5), matcher.end(5)), TokenKind.REFERENCE);
            }
        }
    }

    private static void add(BodyBuilder out, PlaceholderKind kind, String name, Span whole, Span nameSpan, TokenKind token) {
        out.placeholders.add(new Placeholder(kind, name, whole, nameSpan, null));
        out.token(token, nameSpan.start(), nameSpan.end());
    }
}
