package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.ExpressionToken.Type;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.BindingKind;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.FunctionKind;
import dev.specls.syntax.prompt.TemplateBody.ProblemKind;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.Segment;
import dev.specls.syntax.prompt.TemplateBody.TokenKind;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Handlebars body (dotprompt) or a mustache body (Prompty {@code template: mustache}): tags,
 * sections and their balance, partials with their hash arguments, helpers, and every path with the
 * context it is looked up in. Inside {@code {{#each}}}, {@code {{#with}}} and mustache sections a bare
 * path names a field of the current item, which no declaration describes, so it is never reported.
 * Never throws; linear in the body.
 */
final class MustacheParser {

    /** Handlebars' own helpers and dotprompt's. */
    static final Set<String> HELPERS = Set.of("if", "unless", "each", "with", "lookup", "log", "json", "role", "history",
            "section", "media", "ifEquals", "unlessEquals");

    private static final Set<String> CONTEXT_HELPERS = Set.of("each", "with");

    private final String text;
    private final int bodyStart;
    private final int bodyEnd;
    private final boolean handlebars;
    private final BodyBuilder out = new BodyBuilder();

    /** One tag: its sigil ({@code #}, {@code /}, {@code ^}, {@code >}, {@code #>}, {@code &}, {@code !} or empty) and tokens. */
    private record Tag(int start, int end, boolean closed, String sigil, List<ExpressionToken> tokens) {

        String head() {
            return tokens.isEmpty() ? null : tokens.get(0).text();
        }
    }

    /** An open section while walking: its depth in contexts and its block parameters. */
    private record Section(boolean changesContext, Map<String, Binding> parameters) {
    }

    MustacheParser(String text, int bodyStart, int bodyEnd, boolean handlebars) {
        this.text = text;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.handlebars = handlebars;
    }

    TemplateBody parse() {
        List<Tag> tags = scan();
        int[] closes = match(tags);
        Deque<Section> sections = new ArrayDeque<>();
        Deque<Integer> closingTags = new ArrayDeque<>();
        for (int index = 0; index < tags.size(); index++) {
            while (!closingTags.isEmpty() && closingTags.peek() <= index) {
                closingTags.pop();
                sections.pop();
            }
            Tag tag = tags.get(index);
            walk(tag, sections);
            if ((tag.sigil().equals("#") || tag.sigil().equals("^") || tag.sigil().equals("#>")) && closes[index] >= 0) {
                String helper = tag.head();
                boolean changes = tag.sigil().equals("#") && helper != null
                        && (handlebars ? CONTEXT_HELPERS.contains(helper) || !HELPERS.contains(helper) : true);
                Map<String, Binding> parameters = new HashMap<>();
                int as = indexOf(tag.tokens(), "as");
                if (handlebars && as > 0) {
                    Span scope = new Span(tag.end(), tags.get(closes[index]).start());
                    for (int i = as + 1; i < tag.tokens().size(); i++) {
                        ExpressionToken token = tag.tokens().get(i);
                        if (token.type() == Type.NAME) {
                            Binding binding = new Binding(token.text(), BindingKind.BLOCK_PARAMETER, span(token), scope);
                            parameters.put(token.text(), binding);
                            out.bindings.add(binding);
                            out.token(TokenKind.PARAMETER, token.start(), token.end());
                        }
                    }
                }
                sections.push(new Section(changes, parameters));
                closingTags.push(closes[index]);
            }
        }
        return out.build();
    }

    private List<Tag> scan() {
        List<Tag> tags = new ArrayList<>();
        int i = bodyStart;
        while (i < bodyEnd - 1) {
            int open = text.indexOf("{{", i);
            if (open < 0 || open >= bodyEnd - 1) {
                break;
            }
            if (handlebars && open > bodyStart && text.charAt(open - 1) == '\\') {
                i = open + 2;
                continue;
            }
            if (text.startsWith("{{!--", open)) {
                int close = text.indexOf("--}}", open + 5);
                i = comment(tags, open, close < 0 || close + 4 > bodyEnd ? -1 : close + 4, "--}}");
                continue;
            }
            if (text.startsWith("{{!", open)) {
                int close = text.indexOf("}}", open + 3);
                i = comment(tags, open, close < 0 || close + 2 > bodyEnd ? -1 : close + 2, "}}");
                continue;
            }
            boolean triple = text.startsWith("{{{", open);
            int contentStart = open + (triple ? 3 : 2);
            String closer = triple ? "}}}" : "}}";
            int close = text.indexOf(closer, contentStart);
            int next = text.indexOf("{{", contentStart);
            boolean closed = close >= 0 && close + closer.length() <= bodyEnd && (next < 0 || next >= close);
            int contentEnd = closed ? close : (next < 0 || next > bodyEnd ? bodyEnd : next);
            int tagEnd = closed ? close + closer.length() : contentEnd;
            int from = contentStart;
            if (from < contentEnd && text.charAt(from) == '~') {
                from++;
            }
            int to = contentEnd;
            if (to > from && text.charAt(to - 1) == '~') {
                to--;
            }
            String sigil = "";
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            if (!triple && from < to) {
                char c = text.charAt(from);
                if (c == '#' && from + 1 < to && text.charAt(from + 1) == '>') {
                    sigil = "#>";
                } else if ("#/^>&".indexOf(c) >= 0 || (!handlebars && (c == '{' || c == '='))) {
                    sigil = String.valueOf(c);
                }
                from += sigil.length();
            }
            tags.add(new Tag(open, tagEnd, closed, sigil, tokens(from, to)));
            if (!closed) {
                out.problem(ProblemKind.UNCLOSED_EXPRESSION, new Span(open, contentStart), "This tag has no closing \"" + closer
                        + "\": " + (handlebars ? "Handlebars" : "mustache") + " stops rendering the template with a parse error here. Add \""
                        + closer + "\".");
            }
            i = Math.max(tagEnd, open + 2);
        }
        return tags;
    }

    private int comment(List<Tag> tags, int open, int end, String closer) {
        if (end < 0) {
            out.problem(ProblemKind.UNCLOSED_EXPRESSION, new Span(open, open + 3), "This comment has no closing \"" + closer
                    + "\": the rest of the template is swallowed or rejected. Add \"" + closer + "\".");
            return open + 3;
        }
        out.token(TokenKind.COMMENT, open, end);
        tags.add(new Tag(open, end, true, "!", List.of()));
        return end;
    }

    private List<ExpressionToken> tokens(int from, int to) {
        List<ExpressionToken> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < to && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, to);
                tokens.add(new ExpressionToken(Type.STRING, i, j, text.substring(i, j)));
                i = j;
            } else if ("()=|".indexOf(c) >= 0) {
                tokens.add(new ExpressionToken(Type.OPERATOR, i, i + 1, String.valueOf(c)));
                i++;
            } else {
                int j = i;
                int brackets = 0;
                while (j < to) {
                    char d = text.charAt(j);
                    if (d == '[') {
                        brackets++;
                    } else if (d == ']' && brackets > 0) {
                        brackets--;
                    } else if (brackets == 0 && (Character.isWhitespace(d) || "()=|\"'".indexOf(d) >= 0)) {
                        break;
                    }
                    j++;
                }
                String word = text.substring(i, j);
                Type type = word.matches("-?[0-9]+(\\.[0-9]+)?") ? Type.NUMBER : Type.NAME;
                tokens.add(new ExpressionToken(type, i, j, word));
                i = j;
            }
        }
        return tokens;
    }

    private int[] match(List<Tag> tags) {
        record Open(String name, int tag, List<Span> branches) {
        }
        int[] closes = new int[tags.size()];
        Deque<Open> open = new ArrayDeque<>();
        for (int index = 0; index < tags.size(); index++) {
            closes[index] = -1;
            Tag tag = tags.get(index);
            String head = tag.head();
            switch (tag.sigil()) {
                case "#", "^", "#>" -> open.push(new Open(head == null ? "" : head, index, new ArrayList<>()));
                case "/" -> {
                    String name = head == null ? "" : head;
                    if (open.stream().noneMatch(o -> o.name().equals(name))) {
                        out.problem(ProblemKind.UNBALANCED_BLOCK, span(tag), "\"{{/" + name + "}}\" closes no open \"" + name
                                + "\" section: " + engine() + " stops rendering with a parse error. Remove it or open the section.");
                        continue;
                    }
                    while (!open.isEmpty()) {
                        Open top = open.pop();
                        if (top.name().equals(name)) {
                            closes[top.tag()] = index;
                            out.blocks.add(new Block(top.name(), span(tags.get(top.tag())), List.copyOf(top.branches()), span(tag)));
                            break;
                        }
                        unclosed(tags, top.name(), top.tag(), top.branches());
                    }
                }
                default -> {
                    boolean elseTag = handlebars && tag.sigil().isEmpty() && ("else".equals(head) || (head == null && tag.closed()
                            && text.substring(tag.start(), tag.end()).matches("\\{\\{~?\\s*\\^\\s*~?}}")));
                    if (elseTag && !open.isEmpty()) {
                        open.peek().branches().add(span(tag));
                    }
                }
            }
        }
        while (!open.isEmpty()) {
            Open top = open.pop();
            unclosed(tags, top.name(), top.tag(), top.branches());
        }
        return closes;
    }

    private void unclosed(List<Tag> tags, String name, int tag, List<Span> branches) {
        Span opening = span(tags.get(tag));
        out.blocks.add(new Block(name, opening, List.copyOf(branches), null));
        out.problem(ProblemKind.UNBALANCED_BLOCK, opening, "This \"" + name + "\" section has no \"{{/" + name + "}}\": " + engine()
                + " stops rendering the template with a parse error. Add {{/" + name + "}}.");
    }

    private String engine() {
        return handlebars ? "Handlebars" : "mustache";
    }

    private void walk(Tag tag, Deque<Section> sections) {
        if (tag.sigil().equals("!")) {
            return;
        }
        out.token(TokenKind.DELIMITER, tag.start(), Math.min(tag.end(), tag.start() + 2));
        if (tag.closed()) {
            out.token(TokenKind.DELIMITER, tag.end() - 2, tag.end());
        }
        List<ExpressionToken> tokens = tag.tokens();
        if (tokens.isEmpty() || tag.sigil().equals("=")) {
            return;
        }
        switch (tag.sigil()) {
            case ">", "#>" -> partial(tag, sections);
            case "/" -> out.token(TokenKind.KEYWORD, tokens.get(0).start(), tokens.get(0).end());
            case "#", "^" -> {
                ExpressionToken head = tokens.get(0);
                if (handlebars && (HELPERS.contains(head.text()) || tokens.size() > 1)) {
                    out.function(FunctionKind.HELPER, head.text(), span(head));
                    parameters(tokens, 1, sections);
                } else {
                    use(head, sections);
                }
            }
            default -> {
                ExpressionToken head = tokens.get(0);
                if (handlebars && head.is("else")) {
                    out.token(TokenKind.KEYWORD, head.start(), head.end());
                    if (tokens.size() > 1) {
                        out.function(FunctionKind.HELPER, tokens.get(1).text(), span(tokens.get(1)));
                        parameters(tokens, 2, sections);
                    }
                } else if (handlebars && (tokens.size() > 1 || HELPERS.contains(head.text()))) {
                    out.function(FunctionKind.HELPER, head.text(), span(head));
                    parameters(tokens, 1, sections);
                } else {
                    parameters(tokens, 0, sections);
                }
            }
        }
    }

    private void partial(Tag tag, Deque<Section> sections) {
        List<ExpressionToken> tokens = tag.tokens();
        ExpressionToken name = tokens.get(0);
        Span nameSpan = name.type() == Type.STRING ? new Span(name.start() + 1, Math.max(name.start() + 1, name.end() - 1)) : span(name);
        out.token(TokenKind.REFERENCE, name.start(), name.end());
        List<Argument> arguments = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            ExpressionToken token = tokens.get(i);
            if (i + 2 < tokens.size() && tokens.get(i + 1).is("=")) {
                ExpressionToken value = tokens.get(i + 2);
                out.token(TokenKind.PARAMETER, token.start(), token.end());
                arguments.add(new Argument(token.text(), span(token), value.stringValue(), span(value), literal(value)));
                parameters(tokens, i + 2, i + 3, sections);
                i += 2;
            } else {
                arguments.add(new Argument(null, null, token.text(), span(token), literal(token)));
                parameters(tokens, i, i + 1, sections);
            }
        }
        out.calls.add(new Call(CallKind.PARTIAL, name.stringValue(), nameSpan, new Span(tag.start(), tag.end()), List.copyOf(arguments),
                false, tag.closed() ? tag.end() - 2 : tag.end()));
    }

    private static String literal(ExpressionToken token) {
        return switch (token.type()) {
            case STRING -> "string";
            case NUMBER -> token.text().contains(".") ? "float" : "int";
            case NAME -> token.is("true") || token.is("false") ? "bool" : null;
            default -> null;
        };
    }

    private void parameters(List<ExpressionToken> tokens, int from, Deque<Section> sections) {
        int as = indexOf(tokens, "as");
        parameters(tokens, from, as > 0 ? as : tokens.size(), sections);
    }

    private void parameters(List<ExpressionToken> tokens, int from, int to, Deque<Section> sections) {
        for (int i = from; i < to; i++) {
            ExpressionToken token = tokens.get(i);
            if (token.type() == Type.STRING) {
                out.token(TokenKind.STRING, token.start(), token.end());
            } else if (token.type() == Type.NUMBER) {
                out.token(TokenKind.NUMBER, token.start(), token.end());
            } else if (token.is("(") && i + 1 < to && tokens.get(i + 1).isName()) {
                out.function(FunctionKind.HELPER, tokens.get(i + 1).text(), span(tokens.get(i + 1)));
                i++;
            } else if (token.isName() && i + 1 < to && tokens.get(i + 1).is("=")) {
                out.token(TokenKind.PARAMETER, token.start(), token.end());
            } else if (token.isName()) {
                use(token, sections);
            }
        }
    }

    /** Records the path a name token reads, resolved against block parameters and the context stack. */
    private void use(ExpressionToken token, Deque<Section> sections) {
        String word = token.text();
        if (word.equals("true") || word.equals("false") || word.equals("null") || word.equals("undefined")) {
            out.token(TokenKind.KEYWORD, token.start(), token.end());
            return;
        }
        int offset = token.start();
        int ups = 0;
        boolean explicitContext = false;
        String rest = word;
        while (rest.startsWith("../")) {
            rest = rest.substring(3);
            offset += 3;
            ups++;
        }
        if (rest.equals("this") || rest.equals(".")) {
            record(List.of(new Segment(rest, new Span(offset, offset + rest.length()))), Reach.BUILTIN, null);
            return;
        }
        if (rest.startsWith("this.") || rest.startsWith("this/")) {
            rest = rest.substring(5);
            offset += 5;
            explicitContext = true;
        } else if (rest.startsWith("./")) {
            rest = rest.substring(2);
            offset += 2;
            explicitContext = true;
        }
        boolean root = false;
        if (rest.startsWith("@root.") || rest.startsWith("@root/")) {
            rest = rest.substring(6);
            offset += 6;
            root = true;
        } else if (rest.startsWith("@")) {
            record(segments(rest, offset), Reach.BUILTIN, null);
            return;
        }
        if (rest.isEmpty()) {
            return;
        }
        List<Segment> segments = segments(rest, offset);
        if (!root && ups == 0 && !explicitContext) {
            for (Section section : sections) {
                Binding binding = section.parameters().get(segments.get(0).name());
                if (binding != null) {
                    record(segments, Reach.LOCAL, binding);
                    return;
                }
            }
        }
        int depth = 0;
        for (Section section : sections) {
            if (section.changesContext()) {
                depth++;
            }
        }
        boolean atRoot = root || depth - ups <= 0;
        record(segments, atRoot ? Reach.INPUT : Reach.CONTEXT, null);
    }

    private void record(List<Segment> segments, Reach reach, Binding binding) {
        Span whole = new Span(segments.get(0).span().start(), segments.get(segments.size() - 1).span().end());
        out.variables.add(new VariableUse(List.copyOf(segments), whole, reach, binding, false));
        out.token(reach == Reach.LOCAL ? TokenKind.PARAMETER : TokenKind.VARIABLE, segments.get(0).span().start(),
                segments.get(0).span().end());
        for (int i = 1; i < segments.size(); i++) {
            out.token(TokenKind.PROPERTY, segments.get(i).span().start(), segments.get(i).span().end());
        }
    }

    /** The segments of a path written with dots or slashes. */
    private static List<Segment> segments(String path, int offset) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        int brackets = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '.';
            if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets = Math.max(0, brackets - 1);
            } else if (brackets == 0 && (c == '.' || c == '/')) {
                if (i > start) {
                    String name = path.substring(start, i);
                    int nameStart = start;
                    if (name.startsWith("[") && name.endsWith("]") && name.length() >= 2) {
                        name = name.substring(1, name.length() - 1);
                        nameStart++;
                    }
                    segments.add(new Segment(name, new Span(offset + nameStart, offset + nameStart + name.length())));
                }
                start = i + 1;
            }
        }
        if (segments.isEmpty()) {
            segments.add(new Segment(path, new Span(offset, offset + path.length())));
        }
        return segments;
    }

    private static int indexOf(List<ExpressionToken> tokens, String name) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Span span(Tag tag) {
        return new Span(tag.start(), tag.end());
    }

    private static Span span(ExpressionToken token) {
        return new Span(token.start(), token.end());
    }
}
