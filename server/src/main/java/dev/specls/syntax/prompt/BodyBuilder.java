package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.FunctionKind;
import dev.specls.syntax.prompt.TemplateBody.FunctionUse;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.Problem;
import dev.specls.syntax.prompt.TemplateBody.ProblemKind;
import dev.specls.syntax.prompt.TemplateBody.Token;
import dev.specls.syntax.prompt.TemplateBody.TokenKind;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects a body's elements while one of the template parsers reads it. */
final class BodyBuilder {

    final List<VariableUse> variables = new ArrayList<>();
    final List<Binding> bindings = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    final List<Macro> macros = new ArrayList<>();
    final List<FunctionUse> functions = new ArrayList<>();
    final List<Placeholder> placeholders = new ArrayList<>();
    final List<Token> tokens = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    void token(TokenKind kind, int start, int end) {
        if (end > start) {
            tokens.add(new Token(kind, new Span(start, end)));
        }
    }

    void function(FunctionKind kind, String name, Span span) {
        functions.add(new FunctionUse(kind, name, span));
        token(TokenKind.FUNCTION, span.start(), span.end());
    }

    void problem(ProblemKind kind, Span span, String message) {
        problems.add(new Problem(kind, span, message));
    }

    TemplateBody build() {
        tokens.sort(Comparator.comparing(Token::span));
        blocks.sort(Comparator.comparing(Block::open));
        return new TemplateBody(List.copyOf(variables), List.copyOf(bindings), List.copyOf(blocks), List.copyOf(calls),
                List.copyOf(macros), List.copyOf(functions), List.copyOf(placeholders), List.copyOf(tokens),
                List.copyOf(problems));
    }
}
