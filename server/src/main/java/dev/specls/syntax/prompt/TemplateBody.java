package dev.specls.syntax.prompt;

import dev.specls.text.Span;
import java.util.List;

/**
 * What the template parser found in a prompt's body, every element with its exact range. The
 * parser reads on past any error, so a body always has all the elements around a broken tag.
 *
 * @param variables   every variable path read, in order
 * @param bindings    every name a template binds (loop variables, {@code set}, {@code with}, macro parameters, imports)
 * @param blocks      every block tag pair ({@code {% if %}…{% endif %}}, {@code {{#each}}…{{/each}}}), in order of opening
 * @param calls       every partial, include, import, extends, macro call and SASE reference
 * @param macros      every macro the body defines
 * @param functions   every filter, test and helper named
 * @param placeholders agent-file substitutions: {@code $ARGUMENTS}, {@code $1}, {@code ${input:x}}, {@code @path}, shell lines
 * @param tokens      the body's template tokens in order, for semantic highlighting
 * @param problems    tags that do not close and blocks that do not balance
 */
public record TemplateBody(List<VariableUse> variables, List<Binding> bindings, List<Block> blocks, List<Call> calls,
        List<Macro> macros, List<FunctionUse> functions, List<Placeholder> placeholders, List<Token> tokens,
        List<Problem> problems) {

    public static final TemplateBody EMPTY = new TemplateBody(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    /** How a variable path is resolved where it stands. */
    public enum Reach {
        /** From the template's inputs: it must be declared. */
        INPUT,
        /** Bound in the template itself: {@link VariableUse#binding()} says where. */
        LOCAL,
        /** A name the engine always defines ({@code loop}, {@code range}, {@code @index}, …). */
        BUILTIN,
        /** Looked up in a context the template cannot know (inside {@code {{#each}}}, a mustache section): never reported, an input of that name counts as used. */
        CONTEXT
    }

    /** One segment of a variable path: {@code user}, {@code name}, {@code 0}. */
    public record Segment(String name, Span span) {
    }

    /**
     * A variable path read by the template.
     *
     * @param path    its segments; the first is the variable
     * @param span    the whole path
     * @param reach   how it resolves
     * @param binding the binding it resolves to when {@code reach} is LOCAL
     * @param guarded true when the template tests it ({@code is defined}, {@code |default}), so it may be absent
     */
    public record VariableUse(List<Segment> path, Span span, Reach reach, Binding binding, boolean guarded) {

        public String name() {
            return path.get(0).name();
        }

        public Span nameSpan() {
            return path.get(0).span();
        }
    }

    public enum BindingKind { LOOP, SET, WITH, MACRO_PARAMETER, IMPORT, BLOCK_PARAMETER }

    /** A name the template binds, visible within {@code scope}. */
    public record Binding(String name, BindingKind kind, Span span, Span scope) {
    }

    /**
     * A block tag and what closes it.
     *
     * @param keyword  {@code if}, {@code for}, {@code each}, …
     * @param open     the opening tag
     * @param branches {@code elif}/{@code else} tags between
     * @param close    the closing tag, or {@code null} when none closes it
     */
    public record Block(String keyword, Span open, List<Span> branches, Span close) {

        public Span whole() {
            return new Span(open.start(), close == null ? open.end() : close.end());
        }
    }

    public enum CallKind {
        /** Handlebars or mustache {@code {{> name}}}. */
        PARTIAL,
        /** Jinja {@code {% include "file" %}}. */
        INCLUDE,
        /** Jinja {@code {% import "file" as x %}} and {@code {% from "file" import … %}}. */
        IMPORT,
        /** Jinja {@code {% extends "file" %}}. */
        EXTENDS,
        /** A call of a macro the template defines or imports. */
        MACRO,
        /** A SASE reference {@code #name}, {@code #name(args)}, {@code #name:arg}, {@code #name+}. */
        REFERENCE
    }

    /**
     * One argument at a call site.
     *
     * @param name      the argument's name, or {@code null} when positional
     * @param value     the value as written (quotes removed from a string literal)
     * @param literal   the literal's type ("string", "int", "float", "bool") or {@code null} for an expression
     */
    public record Argument(String name, Span nameSpan, String value, Span valueSpan, String literal) {
    }

    /**
     * A reference to another template or macro.
     *
     * @param target     the name or path as written
     * @param targetSpan where it is written
     * @param span       the whole call
     * @param optional   true when the engine tolerates a missing target ({@code ignore missing})
     * @param argumentsEnd where new arguments go (just before the closing parenthesis or tag), for quick fixes
     */
    public record Call(CallKind kind, String target, Span targetSpan, Span span, List<Argument> arguments, boolean optional,
            int argumentsEnd) {
    }

    /** A macro parameter; {@code defaultValue} is the default expression as written, or {@code null}. */
    public record Parameter(String name, Span span, String defaultValue) {
    }

    /** A macro definition: its name, parameters and whole block. */
    public record Macro(String name, Span nameSpan, List<Parameter> parameters, boolean acceptsExtraKeywords, Span span) {
    }

    public enum FunctionKind { FILTER, TEST, HELPER }

    public record FunctionUse(FunctionKind kind, String name, Span span) {
    }

    public enum PlaceholderKind {
        /** Claude Code's {@code $ARGUMENTS}. */
        ARGUMENTS,
        /** Claude Code's {@code $1}…{@code $9}. */
        POSITIONAL,
        /** VS Code's {@code ${input:name}} or {@code ${input:name:placeholder}}. */
        INPUT,
        /** VS Code's {@code ${file}}, {@code ${selection}}, … */
        VARIABLE,
        /** A file the tool attaches: Claude Code's {@code @path}, VS Code's {@code #file:path} or {@code ${file:path}}. */
        FILE,
        /** Claude Code's {@code !`command`}: the tool runs it; specls never does. */
        SHELL,
        /** SASE's legacy {@code {1}} or {@code {2:default}}. */
        LEGACY
    }

    /**
     * A substitution an agent tool makes.
     *
     * @param name     the input, variable or path named; the number of a positional one
     * @param nameSpan where the name is written
     * @param detail   the placeholder text of {@code ${input:name:placeholder}} or a legacy default, else {@code null}
     */
    public record Placeholder(PlaceholderKind kind, String name, Span span, Span nameSpan, String detail) {
    }

    public enum TokenKind { DELIMITER, KEYWORD, VARIABLE, PROPERTY, PARAMETER, FUNCTION, MACRO, STRING, NUMBER, OPERATOR, COMMENT, REFERENCE }

    public record Token(TokenKind kind, Span span) {
    }

    public enum ProblemKind { UNCLOSED_EXPRESSION, UNBALANCED_BLOCK }

    public record Problem(ProblemKind kind, Span span, String message) {
    }
}
