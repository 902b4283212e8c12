package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateSyntax;
import dev.specls.workspace.PromptLibrary;
import java.util.Set;

/** {@code prompt/unused-input}: a declared input the template never reads, itself or through the partials and includes it renders. */
final class UnusedInput extends PerPromptRule {

    UnusedInput() {
        super("prompt/unused-input", Severity.WARNING,
                "A declared input that the template never reads, neither itself nor through the partials and includes it renders.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        PromptTemplate template = prompt.template();
        if (template.syntax() == TemplateSyntax.AGENT || template.syntax() == TemplateSyntax.PLACEHOLDERS) {
            return;
        }
        Set<String> used = library.usedNames(prompt);
        for (PromptInput input : template.inputs().inputs()) {
            if (!used.contains(input.name())) {
                sink.report(prompt.uri(), input.nameSpan(), "Input \"" + input.name() + "\" is declared but the template never reads it: "
                        + "whatever a caller gives for it, " + template.flavor().tool() + " drops. Use it in the body or remove the declaration.");
            }
        }
    }
}
