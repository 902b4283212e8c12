package dev.specls.features;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.state.StateDocument;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens for task ids, references, requirement ids and plan elements. Standard token types
 * only, so every theme colours them:
 *
 * <table>
 * <tr><td>{@code function}</td><td>task ids: declared in {@code id} (+ {@code declaration}), named in
 *     {@code depends_on}, STATE.md task lines and fields</td></tr>
 * <tr><td>{@code enumMember}</td><td>requirement ids: declared in REQUIREMENTS.md (+ {@code declaration}),
 *     cited in task text</td></tr>
 * <tr><td>{@code type}</td><td>plan element names that sago reads, in start and end tags</td></tr>
 * <tr><td>{@code property}</td><td>plan attribute names sago reads ({@code name}, {@code id},
 *     {@code depends_on}); STATE.md field keys</td></tr>
 * <tr><td>{@code string}</td><td>attribute values other than ids (a phase's name)</td></tr>
 * </table>
 *
 * Unknown elements and attributes get no token, so they keep the plain XML colour next to their
 * diagnostic. Tokens never span lines and never overlap; they are sorted, encoded relative to each
 * other in the negotiated position encoding.
 */
public final class SemanticTokensProvider {

    static final List<String> TYPES = List.of(SemanticTokenTypes.Function, SemanticTokenTypes.EnumMember,
            SemanticTokenTypes.Type, SemanticTokenTypes.Property, SemanticTokenTypes.String, SemanticTokenTypes.Variable,
            SemanticTokenTypes.Parameter, SemanticTokenTypes.Keyword, SemanticTokenTypes.Comment, SemanticTokenTypes.Number,
            SemanticTokenTypes.Operator, SemanticTokenTypes.Macro);
    static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration);

    public static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, MODIFIERS);

    public static final int FUNCTION = 0;
    public static final int ENUM_MEMBER = 1;
    public static final int TYPE = 2;
    public static final int PROPERTY = 3;
    public static final int STRING = 4;
    public static final int VARIABLE = 5;
    public static final int PARAMETER = 6;
    public static final int KEYWORD = 7;
    public static final int COMMENT = 8;
    public static final int NUMBER = 9;
    public static final int OPERATOR = 10;
    public static final int MACRO = 11;
    public static final int DECLARATION = 1;

    /** Children sago reads, by parent element name ({@code ""} for the root, whose own name sago ignores). */
    private static final Map<String, Set<String>> GRAMMAR = Map.of(
            "", Set.of("phase", "dependencies", "review"),
            "dependencies", Set.of("package"),
            "phase", Set.of("description", "task"),
            "task", Set.of("name", "files", "action", "verify", "done", "requirements"));
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "phase", Set.of("name"),
            "task", Set.of("id", "depends_on"));

    /** One token before encoding: a type and modifier bits of the {@link #LEGEND}; {@code span} lies on one line. */
    public record Token(Span span, int type, int modifiers) {
    }

    private SemanticTokensProvider() {
    }

    public static SemanticTokens full(FeatureContext context, URI uri) {
        return range(context, uri, null);
    }

    /** The tokens that intersect {@code range}; all of them when {@code range} is null. */
    public static SemanticTokens range(FeatureContext context, URI uri, Range range) {
        SourceFile file = context.workspace().file(uri);
        if (file == null) {
            return new SemanticTokens(List.of());
        }
        Span window = range == null ? new Span(0, file.text().length()) : Positions.span(file, range, context.encoding());
        return encode(context, file, tokens(context, file, window));
    }

    /** The tokens of the file that intersect the window, sorted, one line each, without overlaps. */
    static List<Token> tokens(FeatureContext context, SourceFile file, Span window) {
        List<Token> tokens = new ArrayList<>();
        SpecSet specSet = context.workspace().specSetOf(file.uri());
        if (specSet != null) {
            for (SymbolIndex.Occurrence occurrence : specSet.symbols().in(file.uri())) {
                context.cancellation().checkCanceled();
                int type = occurrence.kind() == SymbolIndex.Kind.TASK ? FUNCTION : ENUM_MEMBER;
                int modifiers = occurrence.role() == SymbolIndex.Role.DECLARATION ? DECLARATION : 0;
                tokens.add(new Token(occurrence.span(), type, modifiers));
            }
        }
        context.features().of(file.kind()).semanticTokens(context, file, tokens);
        tokens.sort(Comparator.comparing(Token::span));
        List<Token> kept = new ArrayList<>(tokens.size());
        int end = 0;
        LineIndex lines = file.lineIndex();
        // Tokens come in order, so the line of each start is found by moving forward from the previous
        // one instead of a binary search per token (a large plan has some 80,000 tokens).
        int line = 0;
        for (Token token : tokens) {
            boolean inWindow = window.isEmpty() ? token.span().touches(window.start())
                    : token.span().start() < window.end() && token.span().end() > window.start();
            if (token.span().isEmpty() || token.span().start() < end || !inWindow) {
                continue;
            }
            end = token.span().end();
            line = lineFrom(lines, line, token.span().start());
            if (token.span().end() <= lines.lineContentEnd(line)) {
                kept.add(token);
            } else {
                splitByLine(token, lines, kept);
            }
        }
        return kept;
    }

    /** The line of {@code offset}, searching forward from {@code line}, which must not lie after it. */
    private static int lineFrom(LineIndex lines, int line, int offset) {
        int count = lines.lineCount();
        while (line + 1 < count && lines.lineStart(line + 1) <= offset) {
            line++;
        }
        return line;
    }

    static void stateTokens(FeatureContext context, StateDocument state, List<Token> tokens) {
        for (StateField field : state.fields()) {
            context.cancellation().checkCanceled();
            tokens.add(new Token(field.keySpan(), PROPERTY, 0));
        }
    }

    static void planTokens(FeatureContext context, PlanDocument plan, String text, List<Token> tokens) {
        XmlElement root = plan.xml() == null ? null : plan.xml().root();
        if (root == null) {
            return;
        }
        record Visit(XmlElement element, String parent) {
        }
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, null));
        while (!todo.isEmpty()) {
            context.cancellation().checkCanceled();
            Visit visit = todo.pop();
            XmlElement element = visit.element();
            boolean known = visit.parent() == null || GRAMMAR.getOrDefault(visit.parent(), Set.of()).contains(element.name());
            if (!known) {
                continue;
            }
            tokens.add(new Token(element.nameSpan(), TYPE, 0));
            Span endName = endTagName(text, element);
            if (endName != null) {
                tokens.add(new Token(endName, TYPE, 0));
            }
            Set<String> attributes = ATTRIBUTES.getOrDefault(element.name(), Set.of());
            for (XmlAttribute attribute : element.attributes()) {
                if (attributes.contains(attribute.name())) {
                    tokens.add(new Token(attribute.nameSpan(), PROPERTY, 0));
                    if (!"task".equals(element.name())) {
                        tokens.add(new Token(attribute.valueSpan(), STRING, 0));
                    }
                }
            }
            String childContext = visit.parent() == null ? "" : element.name();
            for (XmlElement child : element.children()) {
                todo.push(new Visit(child, childContext));
            }
        }
    }

    /** The name in {@code </name>} when the element was closed with it, else {@code null}. */
    private static Span endTagName(String text, XmlElement element) {
        if (!element.closed() || element.span().equals(element.startTagSpan())) {
            return null;
        }
        int open = text.lastIndexOf("</", element.span().end() - 1);
        if (open < element.contentSpan().end() || !text.startsWith(element.name(), open + 2)) {
            return null;
        }
        return new Span(open + 2, open + 2 + element.name().length());
    }

    private static void splitByLine(Token token, LineIndex lines, List<Token> into) {
        int startLine = lines.lineOf(token.span().start());
        int endLine = lines.lineOf(token.span().end());
        if (startLine == endLine) {
            into.add(token);
            return;
        }
        for (int line = startLine; line <= endLine; line++) {
            int start = Math.max(token.span().start(), lines.lineStart(line));
            int end = Math.min(token.span().end(), lines.lineContentEnd(line));
            if (end > start) {
                into.add(new Token(new Span(start, end), token.type(), token.modifiers()));
            }
        }
    }

    /** LSP's relative format: delta line, delta start (from the previous token on the same line), length, type, modifiers. */
    private static SemanticTokens encode(FeatureContext context, SourceFile file, List<Token> tokens) {
        List<Integer> data = new ArrayList<>(tokens.size() * 5);
        LineIndex lines = file.lineIndex();
        boolean utf16 = context.encoding() == PositionEncoding.UTF16;
        int previousLine = 0;
        int previousStart = 0;
        int line = 0;
        for (Token token : tokens) {
            int startCharacter;
            int endCharacter;
            if (utf16) {
                // Sorted and on one line each: the line is found moving forward, and a UTF-16 column is an offset difference.
                line = lineFrom(lines, line, token.span().start());
                startCharacter = token.span().start() - lines.lineStart(line);
                endCharacter = token.span().end() - lines.lineStart(line);
            } else {
                LineColumn start = lines.position(token.span().start(), context.encoding());
                LineColumn end = lines.position(token.span().end(), context.encoding());
                line = start.line();
                startCharacter = start.character();
                endCharacter = end.character();
            }
            data.add(line - previousLine);
            data.add(line == previousLine ? startCharacter - previousStart : startCharacter);
            data.add(endCharacter - startCharacter);
            data.add(token.type());
            data.add(token.modifiers());
            previousLine = line;
            previousStart = startCharacter;
        }
        return new SemanticTokens(data);
    }
}
