package dev.specls.syntax.prompt;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.text.Span;
import java.util.List;

/**
 * A template's declared inputs.
 *
 * @param inputs     every input, in order of declaration (duplicates included)
 * @param declared   true when the file declares its inputs, so a variable outside them is an error; false when
 *                   the tool passes whatever the caller gives (no {@code inputs:} section, a named dotprompt schema)
 * @param section    the frontmatter value that declares them, or {@code null}
 * @param invalid    declarations the tool rejects or misreads: a bad type, a default not of its type or not among the choices
 * @param duplicates second and later declarations of a name
 */
public record PromptInputs(List<PromptInput> inputs, boolean declared, Span section, List<SyntaxProblem> invalid,
        List<SyntaxProblem> duplicates) {

    public static final PromptInputs NONE = new PromptInputs(List.of(), false, null, List.of(), List.of());

    /** The first input of that name, or {@code null}. */
    public PromptInput find(String name) {
        for (PromptInput input : inputs) {
            if (input.name().equals(name)) {
                return input;
            }
        }
        return null;
    }
}
