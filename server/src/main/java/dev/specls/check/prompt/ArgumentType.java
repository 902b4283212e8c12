package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/argument-type}: a literal argument that is not of the type the callee declares for it. */
final class ArgumentType extends PerPromptRule {

    ArgumentType() {
        super("prompt/argument-type", Severity.WARNING,
                "A literal argument is not of the type the callee declares for that input (a word for an int, a value outside an enum's choices).");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        Signature.eachBoundArgument(library, prompt, (signature, argument, input) -> {
            if (input == null || input.type() == null || argument.literal() == null) {
                return;
            }
            String expected = expected(input, argument);
            if (expected != null) {
                sink.report(prompt.uri(), argument.valueSpan(), "\"" + input.name() + "\" of " + signature.callee() + " is "
                        + expected + ", and \"" + argument.value() + "\" is not: the tool rejects the value or converts it wrongly.");
            }
        });
    }

    private static String expected(PromptInput input, Argument argument) {
        String literal = argument.literal();
        String value = argument.value();
        return switch (input.type()) {
            case "int", "integer" -> literal.equals("int") ? null : "an integer";
            case "float", "number" -> literal.equals("int") || literal.equals("float") ? null : "a number";
            case "bool", "boolean" -> literal.equals("bool") ? null : "true or false";
            case "word" -> value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? "one word" : null;
            case "line" -> value.contains("\n") ? "one line" : null;
            case "enum" -> input.choices().isEmpty() || input.choices().contains(value) ? null
                    : "one of " + String.join(", ", input.choices());
            default -> null;
        };
    }
}
