package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.ExpressionToken.Type;
import dev.specls.syntax.prompt.JinjaLexer.Tag;
import dev.specls.syntax.prompt.JinjaLexer.TagKind;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.BindingKind;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.FunctionKind;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Parameter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Jinja2 body as Jinja2 and Jinjava do: tags, blocks and their balance, and every name an
 * expression reads, resolved against the scopes in force ({@code for}, {@code set}, {@code with},
 * macro parameters, imports, built-ins). Never throws; linear in the body.
 */
final class JinjaParser {

    /** Statements that open a block, with the statement that closes each. */
    private static final Map<String, String> BLOCK_ENDS = Map.ofEntries(
            Map.entry("if", "endif"), Map.entry("for", "endfor"), Map.entry("macro", "endmacro"), Map.entry("call", "endcall"),
            Map.entry("filter", "endfilter"), Map.entry("with", "endwith"), Map.entry("block", "endblock"),
            Map.entry("autoescape", "endautoescape"), Map.entry("raw", "endraw"), Map.entry("trans", "endtrans"),
            Map.entry("set", "endset"), Map.entry("ifchanged", "endifchanged"));

    private static final Map<String, Set<String>> BRANCHES = Map.of("if", Set.of("elif", "else"), "for", Set.of("else"),
            "trans", Set.of("pluralize"));

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "true", "false", "none",
            "True", "False", "None", "recursive");

    /** Globals of Jinja2 and Jinjava that every template may call. */
    static final Set<String> GLOBALS = Set.of("range", "lipsum", "dict", "cycler", "joiner", "namespace", "super", "self");

    private final String text;
    private final int bodyStart;
    private final int bodyEnd;
    private final Set<String> builtins;
    private final BodyBuilder out = new BodyBuilder();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Set<String> macroNames = new HashSet<>();
    private List<Tag> tags;
    /** For each opening tag, the index of the tag that closes it; -1 when none does. */
    private int[] closes;

    /** A scope: the names it binds and the tag index where it ends. */
    private record Frame(Map<String, Binding> names, int closingTag, String kind, Set<String> guarded) {
    }

    /** @param builtins names the dialect always defines besides Jinja's own (SASE's {@code _args}, …) */
    JinjaParser(String text, int bodyStart, int bodyEnd, Set<String> builtins) {
        this.text = text;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.builtins = builtins;
    }

    TemplateBody parse() {
        tags = new JinjaLexer(text, bodyEnd).tags(bodyStart);
        closes = new int[tags.size()];
        matchBlocks();
        for (Tag tag : tags) {
            if ("macro".equals(tag.keyword()) && tag.tokens().size() > 1 && tag.tokens().get(1).isName()) {
                macroNames.add(tag.tokens().get(1).text());
            }
        }
        frames.push(new Frame(new HashMap<>(), Integer.MAX_VALUE, "template", Set.of()));
        for (int index = 0; index < tags.size(); index++) {
            while (frames.peek().closingTag() <= index) {
                frames.pop();
            }
            walk(index, tags.get(index));
        }
        return out.build();
    }

    private void matchBlocks() {
        record Open(String keyword, int tag, List<Span> branches) {
        }
        Deque<Open> open = new ArrayDeque<>();
        for (int index = 0; index < tags.size(); index++) {
            closes[index] = -1;
            Tag tag = tags.get(index);
            if (!tag.closed()) {
                String what = tag.kind() == TagKind.COMMENT ? "comment" : tag.kind() == TagKind.VARIABLE ? "expression" : "statement";
                String closer = tag.kind() == TagKind.COMMENT ? "#}" : tag.kind() == TagKind.VARIABLE ? "}}" : "%}";
                out.problem(ProblemKind.UNCLOSED_EXPRESSION, new Span(tag.start(), tag.start() + 2),
                        "This " + what + " has no closing \"" + closer + "\": the engine stops rendering the template with a syntax error here. Add \""
                                + closer + "\".");
            }
            String keyword = tag.keyword();
            if (keyword == null) {
                continue;
            }
            if (BLOCK_ENDS.containsKey(keyword) && !(keyword.equals("set") && hasAssignment(tag))) {
                open.push(new Open(keyword, index, new ArrayList<>()));
                continue;
            }
            if (!open.isEmpty() && BRANCHES.getOrDefault(open.peek().keyword(), Set.of()).contains(keyword)) {
                open.peek().branches().add(span(tag));
                continue;
            }
            if (keyword.startsWith("end")) {
                String opener = keyword.substring(3);
                boolean known = BLOCK_ENDS.containsKey(opener);
                boolean matches = open.stream().anyMatch(o -> o.keyword().equals(opener));
                if (!known || !matches) {
                    out.problem(ProblemKind.UNBALANCED_BLOCK, span(tag), "\"" + keyword + "\" closes no open \"" + opener
                            + "\" block: the engine stops rendering with a syntax error. Remove it or open the block.");
                    continue;
                }
                while (!open.isEmpty()) {
                    Open top = open.pop();
                    if (top.keyword().equals(opener)) {
                        closes[top.tag()] = index;
                        out.blocks.add(new Block(top.keyword(), span(tags.get(top.tag())), List.copyOf(top.branches()), span(tag)));
                        break;
                    }
                    unclosed(top.keyword(), top.tag(), top.branches());
                }
            }
        }
        while (!open.isEmpty()) {
            Open top = open.pop();
            unclosed(top.keyword(), top.tag(), top.branches());
        }
    }

    private void unclosed(String keyword, int tag, List<Span> branches) {
        Span opening = span(tags.get(tag));
        out.blocks.add(new Block(keyword, opening, List.copyOf(branches), null));
        out.problem(ProblemKind.UNBALANCED_BLOCK, opening, "This \"" + keyword + "\" block has no \"" + BLOCK_ENDS.get(keyword)
                + "\": the engine stops rendering the template with a syntax error. Add {% " + BLOCK_ENDS.get(keyword) + " %}.");
    }

    private static boolean hasAssignment(Tag tag) {
        int depth = 0;
        for (ExpressionToken token : tag.tokens()) {
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if (depth == 0 && token.is("=")) {
                return true;
            }
        }
        return false;
    }

    private static Span span(Tag tag) {
        return new Span(tag.start(), tag.end());
    }

    /** Where a scope opened by tag {@code index} ends: the start of its closing tag, else the end of the body. */
    private int scopeEnd(int index) {
        return closes[index] < 0 ? bodyEnd : tags.get(closes[index]).start();
    }

    private void walk(int index, Tag tag) {
        if (tag.kind() == TagKind.COMMENT) {
            out.token(TokenKind.COMMENT, tag.start(), tag.end());
            return;
        }
        out.token(TokenKind.DELIMITER, tag.start(), tag.start() + 2);
        if (tag.closed()) {
            out.token(TokenKind.DELIMITER, tag.end() - 2, tag.end());
        }
        List<ExpressionToken> tokens = tag.tokens();
        if (tag.kind() == TagKind.VARIABLE) {
            expression(tokens, 0, tokens.size());
            return;
        }
        String keyword = tag.keyword();
        if (keyword == null) {
            expression(tokens, 0, tokens.size());
            return;
        }
        out.token(TokenKind.KEYWORD, tokens.get(0).start(), tokens.get(0).end());
        int n = tokens.size();
        switch (keyword) {
            case "for" -> forLoop(index, tag, tokens);
            case "if" -> {
                expression(tokens, 1, n);
                guard(index, tokens);
            }
            case "set" -> set(index, tag, tokens);
            case "with" -> with(index, tag, tokens);
            case "macro" -> macro(index, tag, tokens);
            case "call" -> callBlock(index, tokens);
            case "filter" -> {
                if (n > 1 && tokens.get(1).isName()) {
                    out.function(FunctionKind.FILTER, tokens.get(1).text(), span(tokens.get(1)));
                    expression(tokens, 2, n);
                }
            }
            case "block", "endblock" -> {
                if (n > 1) {
                    out.token(TokenKind.MACRO, tokens.get(1).start(), tokens.get(1).end());
                }
            }
            case "extends" -> templateCall(CallKind.EXTENDS, tag, tokens, false);
            case "include" -> templateCall(CallKind.INCLUDE, tag, tokens, containsSequence(tokens, "ignore", "missing"));
            case "import" -> importTag(tag, tokens);
            case "from" -> fromImport(tag, tokens);
            default -> {
                if (!keyword.startsWith("end") && !keyword.equals("else") && !keyword.equals("raw")) {
                    expression(tokens, 1, n);
                }
            }
        }
    }

    /** Inside {@code {% if x is defined %}} the template reads x only when the caller gave it. */
    private void guard(int index, List<ExpressionToken> tokens) {
        Set<String> guarded = new HashSet<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i + 1).is("is") && tokens.get(i + 2).is("defined")) {
                guarded.add(tokens.get(i).text());
            }
        }
        if (!guarded.isEmpty() && closes[index] >= 0) {
            frames.push(new Frame(new HashMap<>(), closes[index], "if", Set.copyOf(guarded)));
        }
    }

    private void forLoop(int index, Tag tag, List<ExpressionToken> tokens) {
        int in = indexOfName(tokens, "in", 1);
        if (in < 0) {
            expression(tokens, 1, tokens.size());
            return;
        }
        out.token(TokenKind.KEYWORD, tokens.get(in).start(), tokens.get(in).end());
        int iterableEnd = tokens.size();
        int condition = indexOfName(tokens, "if", in + 1);
        int recursive = indexOfName(tokens, "recursive", in + 1);
        if (condition >= 0) {
            iterableEnd = condition;
        } else if (recursive >= 0) {
            iterableEnd = recursive;
        }
        expression(tokens, in + 1, iterableEnd);
        Frame frame = push(index, "for");
        Span scope = new Span(tag.end(), Math.max(tag.end(), scopeEnd(index)));
        for (int i = 1; i < in; i++) {
            ExpressionToken target = tokens.get(i);
            if (target.isName()) {
                bind(frame, target, BindingKind.LOOP, scope);
            }
        }
        if (condition >= 0) {
            expression(tokens, condition + 1, recursive > condition ? recursive : tokens.size());
        }
    }

    private void set(int index, Tag tag, List<ExpressionToken> tokens) {
        int equals = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).is("=")) {
                equals = i;
                break;
            }
        }
        Frame frame = frames.peek();
        Span scope = new Span(tag.end(), Math.max(tag.end(), frame.closingTag() == Integer.MAX_VALUE ? bodyEnd
                : tags.get(frame.closingTag()).start()));
        int targetsEnd = equals < 0 ? tokens.size() : equals;
        if (equals >= 0) {
            expression(tokens, equals + 1, tokens.size());
        } else {
            int pipe = indexOf(tokens, "|", 1);
            if (pipe > 0) {
                expression(tokens, pipe, tokens.size());
                targetsEnd = pipe;
            }
        }
        boolean attribute = targetsEnd >= 4 && tokens.get(2).is(".");
        if (attribute) {
            // {% set ns.count = … %} writes into a namespace: it reads ns.
            expression(tokens, 1, 2);
            return;
        }
        for (int i = 1; i < targetsEnd; i++) {
            if (tokens.get(i).isName()) {
                bind(frame, tokens.get(i), BindingKind.SET, scope);
            }
        }
    }

    private void with(int index, Tag tag, List<ExpressionToken> tokens) {
        List<int[]> assignments = splitTopLevel(tokens, 1, tokens.size());
        List<ExpressionToken> names = new ArrayList<>();
        for (int[] part : assignments) {
            if (part[1] - part[0] >= 2 && tokens.get(part[0]).isName() && tokens.get(part[0] + 1).is("=")) {
                names.add(tokens.get(part[0]));
                expression(tokens, part[0] + 2, part[1]);
            } else {
                expression(tokens, part[0], part[1]);
            }
        }
        Frame frame = push(index, "with");
        Span scope = new Span(tag.end(), Math.max(tag.end(), scopeEnd(index)));
        names.forEach(name -> bind(frame, name, BindingKind.WITH, scope));
    }

    private void macro(int index, Tag tag, List<ExpressionToken> tokens) {
        if (tokens.size() < 2 || !tokens.get(1).isName()) {
            return;
        }
        ExpressionToken name = tokens.get(1);
        out.token(TokenKind.MACRO, name.start(), name.end());
        List<Parameter> parameters = new ArrayList<>();
        List<ExpressionToken> parameterNames = new ArrayList<>();
        if (tokens.size() > 2 && tokens.get(2).is("(")) {
            int close = matching(tokens, 2);
            for (int[] part : splitTopLevel(tokens, 3, close)) {
                if (part[1] > part[0] && tokens.get(part[0]).isName()) {
                    ExpressionToken parameter = tokens.get(part[0]);
                    String defaultValue = null;
                    if (part[1] - part[0] >= 3 && tokens.get(part[0] + 1).is("=")) {
                        expression(tokens, part[0] + 2, part[1]);
                        defaultValue = text.substring(tokens.get(part[0] + 2).start(), tokens.get(part[1] - 1).end());
                    }
                    parameters.add(new Parameter(parameter.text(), span(parameter), defaultValue));
                    parameterNames.add(parameter);
                    out.token(TokenKind.PARAMETER, parameter.start(), parameter.end());
                }
            }
        }
        int blockEnd = closes[index] < 0 ? bodyEnd : tags.get(closes[index]).end();
        boolean kwargs = text.substring(tag.end(), Math.max(tag.end(), scopeEnd(index))).contains("kwargs");
        out.macros.add(new Macro(name.text(), span(name), List.copyOf(parameters), kwargs, new Span(tag.start(), blockEnd)));
        Frame frame = push(index, "macro");
        Span scope = new Span(tag.end(), Math.max(tag.end(), scopeEnd(index)));
        parameterNames.forEach(parameter -> bind(frame, parameter, BindingKind.MACRO_PARAMETER, scope));
    }

    private void callBlock(int index, List<ExpressionToken> tokens) {
        int from = 1;
        List<ExpressionToken> parameters = new ArrayList<>();
        if (tokens.size() > 1 && tokens.get(1).is("(")) {
            int close = matching(tokens, 1);
            for (int i = 2; i < close; i++) {
                if (tokens.get(i).isName() && (i == 2 || tokens.get(i - 1).is(","))) {
                    parameters.add(tokens.get(i));
                }
            }
            from = close + 1;
        }
        expression(tokens, from, tokens.size());
        Frame frame = push(index, "call");
        Tag tag = tags.get(index);
        Span scope = new Span(tag.end(), Math.max(tag.end(), scopeEnd(index)));
        parameters.forEach(parameter -> bind(frame, parameter, BindingKind.MACRO_PARAMETER, scope));
    }

    private void templateCall(CallKind kind, Tag tag, List<ExpressionToken> tokens, boolean optional) {
        if (tokens.size() > 1 && tokens.get(1).type() == Type.STRING) {
            ExpressionToken target = tokens.get(1);
            out.token(TokenKind.STRING, target.start(), target.end());
            out.calls.add(new Call(kind, target.stringValue(), literalSpan(target), span(tag), List.of(), optional, tag.end()));
            for (int i = 2; i < tokens.size(); i++) {
                if (tokens.get(i).isName()) {
                    out.token(TokenKind.KEYWORD, tokens.get(i).start(), tokens.get(i).end());
                }
            }
        } else {
            int stop = tokens.size();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).is("ignore") || tokens.get(i).is("with") || tokens.get(i).is("without")) {
                    stop = i;
                    break;
                }
            }
            expression(tokens, 1, stop);
        }
    }

    private void importTag(Tag tag, List<ExpressionToken> tokens) {
        if (tokens.size() > 1 && tokens.get(1).type() == Type.STRING) {
            ExpressionToken target = tokens.get(1);
            out.token(TokenKind.STRING, target.start(), target.end());
            out.calls.add(new Call(CallKind.IMPORT, target.stringValue(), literalSpan(target), span(tag), List.of(), false, tag.end()));
        }
        int as = indexOfName(tokens, "as", 1);
        if (tokens.size() < 2 || tokens.get(1).type() != Type.STRING) {
            expression(tokens, 1, as < 0 ? tokens.size() : as);
        }
        if (as > 0 && as + 1 < tokens.size() && tokens.get(as + 1).isName()) {
            out.token(TokenKind.KEYWORD, tokens.get(as).start(), tokens.get(as).end());
            bind(frames.getLast(), tokens.get(as + 1), BindingKind.IMPORT, new Span(tag.end(), Math.max(tag.end(), bodyEnd)));
        }
    }

    private void fromImport(Tag tag, List<ExpressionToken> tokens) {
        int importIndex = indexOfName(tokens, "import", 1);
        if (tokens.size() > 1 && tokens.get(1).type() == Type.STRING) {
            ExpressionToken target = tokens.get(1);
            out.token(TokenKind.STRING, target.start(), target.end());
            out.calls.add(new Call(CallKind.IMPORT, target.stringValue(), literalSpan(target), span(tag), List.of(), false, tag.end()));
        } else {
            expression(tokens, 1, importIndex < 0 ? tokens.size() : importIndex);
        }
        if (importIndex < 0) {
            return;
        }
        out.token(TokenKind.KEYWORD, tokens.get(importIndex).start(), tokens.get(importIndex).end());
        Span scope = new Span(tag.end(), Math.max(tag.end(), bodyEnd));
        for (int[] part : splitTopLevel(tokens, importIndex + 1, tokens.size())) {
            int last = part[1] - 1;
            if (last >= part[0] && tokens.get(last).isName() && !tokens.get(last).is("context")) {
                bind(frames.getLast(), tokens.get(last), BindingKind.IMPORT, scope);
            }
        }
    }

    private Frame push(int index, String kind) {
        Frame frame = new Frame(new HashMap<>(), closes[index] < 0 ? Integer.MAX_VALUE : closes[index], kind, Set.of());
        frames.push(frame);
        return frame;
    }

    private void bind(Frame frame, ExpressionToken name, BindingKind kind, Span scope) {
        Binding binding = new Binding(name.text(), kind, span(name), scope);
        frame.names().put(name.text(), binding);
        out.bindings.add(binding);
        out.token(kind == BindingKind.MACRO_PARAMETER ? TokenKind.PARAMETER : TokenKind.VARIABLE, name.start(), name.end());
    }

    /** Records every name the tokens {@code [from, to)} read, and the filters, tests and macro calls among them. */
    private void expression(List<ExpressionToken> tokens, int from, int to) {
        int i = from;
        while (i < to) {
            ExpressionToken token = tokens.get(i);
            switch (token.type()) {
                case STRING -> out.token(TokenKind.STRING, token.start(), token.end());
                case NUMBER -> out.token(TokenKind.NUMBER, token.start(), token.end());
                case OPERATOR -> {
                    if (token.is("|") && i + 1 < to && tokens.get(i + 1).isName()) {
                        ExpressionToken filter = tokens.get(i + 1);
                        out.function(FunctionKind.FILTER, filter.text(), span(filter));
                        i += 2;
                        continue;
                    }
                    if (token.is(".") && i + 1 < to && tokens.get(i + 1).isName()) {
                        // An attribute of something that is not a plain path: (a or b).name, f().name.
                        out.token(TokenKind.PROPERTY, tokens.get(i + 1).start(), tokens.get(i + 1).end());
                        i += 2;
                        continue;
                    }
                }
                case NAME -> {
                    if (token.is("is")) {
                        out.token(TokenKind.KEYWORD, token.start(), token.end());
                        int test = i + 1 < to && tokens.get(i + 1).is("not") ? i + 2 : i + 1;
                        if (test < to && tokens.get(test).isName()) {
                            out.function(FunctionKind.TEST, tokens.get(test).text(), span(tokens.get(test)));
                            i = test + 1;
                            continue;
                        }
                    } else if (KEYWORDS.contains(token.text())) {
                        out.token(TokenKind.KEYWORD, token.start(), token.end());
                    } else if (i + 1 < to && tokens.get(i + 1).is("=") && i > from && (tokens.get(i - 1).is("(") || tokens.get(i - 1).is(","))) {
                        out.token(TokenKind.PARAMETER, token.start(), token.end());
                    } else {
                        i = path(tokens, i, to);
                        continue;
                    }
                }
                default -> {
                }
            }
            i++;
        }
    }

    /** Reads the path starting at name token {@code i}; returns the index after it. */
    private int path(List<ExpressionToken> tokens, int i, int to) {
        ExpressionToken first = tokens.get(i);
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(first.text(), span(first)));
        int k = i + 1;
        while (k < to) {
            if (k + 1 < to && tokens.get(k).is(".") && (tokens.get(k + 1).isName() || tokens.get(k + 1).type() == Type.NUMBER)) {
                ExpressionToken segment = tokens.get(k + 1);
                segments.add(new Segment(segment.text(), span(segment)));
                k += 2;
            } else if (k + 2 < to && tokens.get(k).is("[") && tokens.get(k + 2).is("]")
                    && (tokens.get(k + 1).type() == Type.STRING || tokens.get(k + 1).type() == Type.NUMBER)) {
                ExpressionToken segment = tokens.get(k + 1);
                segments.add(new Segment(segment.stringValue(), literalSpan(segment)));
                k += 3;
            } else {
                break;
            }
        }
        boolean isCall = k < to && tokens.get(k).is("(");
        String name = first.text();
        if (isCall && segments.size() == 1 && macroNames.contains(name) && lookup(name) == null) {
            macroCall(tokens, first, k, to);
            return k;
        }
        boolean guarded = k + 1 < to && ((tokens.get(k).is("|") && (tokens.get(k + 1).is("default") || tokens.get(k + 1).is("d")))
                || (tokens.get(k).is("is") && (isDefinedTest(tokens, k + 1, to))));
        for (Frame frame : frames) {
            guarded |= frame.guarded().contains(name);
        }
        Binding binding = lookup(name);
        Reach reach;
        if (binding != null) {
            reach = Reach.LOCAL;
        } else if (builtin(name)) {
            reach = Reach.BUILTIN;
        } else {
            reach = Reach.INPUT;
        }
        Span whole = new Span(first.start(), segments.get(segments.size() - 1).span().end());
        out.variables.add(new VariableUse(List.copyOf(segments), whole, reach, binding, guarded));
        out.token(isCall && segments.size() == 1 ? TokenKind.FUNCTION : reach == Reach.LOCAL && binding.kind() == BindingKind.MACRO_PARAMETER
                ? TokenKind.PARAMETER : TokenKind.VARIABLE, first.start(), first.end());
        for (int s = 1; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            out.token(isCall && s == segments.size() - 1 ? TokenKind.FUNCTION : TokenKind.PROPERTY, segment.span().start(),
                    segment.span().end());
        }
        return k;
    }

    private static boolean isDefinedTest(List<ExpressionToken> tokens, int at, int to) {
        int test = at < to && tokens.get(at).is("not") ? at + 1 : at;
        return test < to && (tokens.get(test).is("defined") || tokens.get(test).is("undefined") || tokens.get(test).is("none"));
    }

    private void macroCall(List<ExpressionToken> tokens, ExpressionToken name, int open, int to) {
        out.token(TokenKind.MACRO, name.start(), name.end());
        int close = Math.min(matching(tokens, open), to);
        List<Argument> arguments = new ArrayList<>();
        for (int[] part : splitTopLevel(tokens, open + 1, close)) {
            if (part[1] <= part[0]) {
                continue;
            }
            ExpressionToken head = tokens.get(part[0]);
            if (part[1] - part[0] >= 3 && head.isName() && tokens.get(part[0] + 1).is("=")) {
                arguments.add(argument(tokens, head, part[0] + 2, part[1]));
            } else {
                arguments.add(argument(tokens, null, part[0], part[1]));
            }
        }
        expression(tokens, open + 1, close);
        int end = close < tokens.size() ? tokens.get(close).end() : tokens.get(close - 1).end();
        int argumentsEnd = close < tokens.size() ? tokens.get(close).start() : end;
        out.calls.add(new Call(CallKind.MACRO, name.text(), span(name), new Span(name.start(), end), List.copyOf(arguments), false,
                argumentsEnd));
    }

    private Argument argument(List<ExpressionToken> tokens, ExpressionToken name, int from, int to) {
        ExpressionToken first = tokens.get(from);
        ExpressionToken last = tokens.get(to - 1);
        String literal = null;
        String value = text.substring(first.start(), last.end());
        if (from + 1 == to) {
            literal = switch (first.type()) {
                case STRING -> "string";
                case NUMBER -> first.text().contains(".") ? "float" : "int";
                case NAME -> first.is("true") || first.is("false") || first.is("True") || first.is("False") ? "bool" : null;
                default -> null;
            };
            if (first.type() == Type.STRING) {
                value = first.stringValue();
            }
        }
        return new Argument(name == null ? null : name.text(), name == null ? null : span(name), value,
                new Span(first.start(), last.end()), literal);
    }

    private Binding lookup(String name) {
        for (Frame frame : frames) {
            Binding binding = frame.names().get(name);
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }

    private boolean builtin(String name) {
        if (GLOBALS.contains(name) || builtins.contains(name)) {
            return true;
        }
        for (Frame frame : frames) {
            if ((name.equals("loop") && frame.kind().equals("for"))
                    || ((name.equals("caller") || name.equals("varargs") || name.equals("kwargs")) && frame.kind().equals("macro"))) {
                return true;
            }
        }
        return false;
    }

    private static Span span(ExpressionToken token) {
        return new Span(token.start(), token.end());
    }

    /** A string literal's content, without its quotes. */
    private static Span literalSpan(ExpressionToken token) {
        if (token.type() != Type.STRING || token.end() - token.start() < 2) {
            return span(token);
        }
        return new Span(token.start() + 1, token.end() - 1);
    }

    private static int indexOfName(List<ExpressionToken> tokens, String name, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i).text().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<ExpressionToken> tokens, String operator, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).type() == Type.OPERATOR && tokens.get(i).text().equals(operator)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsSequence(List<ExpressionToken> tokens, String first, String second) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the bracket closing the one at {@code open}, or the token count when none does. */
    private static int matching(List<ExpressionToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            ExpressionToken token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /** The comma-separated parts of {@code [from, to)} at bracket depth 0, as index pairs. */
    private static List<int[]> splitTopLevel(List<ExpressionToken> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            ExpressionToken token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if (depth == 0 && token.is(",")) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }
}
