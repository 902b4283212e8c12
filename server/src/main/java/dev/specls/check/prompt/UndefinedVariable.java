package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.workspace.PromptLibrary;
import java.util.List;

/** {@code prompt/undefined-variable}: a variable that is neither an input nor bound where it is read. */
final class UndefinedVariable extends PerPromptRule {

    UndefinedVariable() {
        super("prompt/undefined-variable", Severity.ERROR,
                "A template reads a variable that is no declared input and is bound by no loop, set, with or macro where it is read.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        PromptTemplate template = prompt.template();
        if (template.flavor() == PromptFlavor.VSCODE_PROMPT) {
            for (Placeholder placeholder : template.body().placeholders()) {
                if (placeholder.kind() == PlaceholderKind.VARIABLE && !PromptFlavor.VSCODE_VARIABLES.contains(placeholder.name())) {
                    String suggestion = Suggestions.closest(placeholder.name(), PromptFlavor.VSCODE_VARIABLES);
                    sink.report(prompt.uri(), placeholder.nameSpan(), "VS Code knows no variable \"" + placeholder.name()
                            + "\" and leaves \"" + placeholder.span().of(prompt.file().text()) + "\" in the prompt as written"
                            + (suggestion == null ? "; use ${input:" + placeholder.name() + "} to ask for it." : ". Did you mean \"" + suggestion + "\"?"));
                }
            }
            return;
        }
        if (!template.inputs().declared()) {
            return;
        }
        List<String> names = template.inputs().inputs().stream().map(PromptInput::name).toList();
        for (VariableUse use : template.body().variables()) {
            if (use.reach() != Reach.INPUT || use.guarded() || names.contains(use.name())) {
                continue;
            }
            String suggestion = Suggestions.closest(use.name(), names);
            sink.report(prompt.uri(), use.nameSpan(), "\"" + use.name() + "\" is not an input of this prompt and nothing binds it here: "
                    + consequence(template) + (suggestion == null ? " Declare it as an input or fix the name."
                            : " Did you mean \"" + suggestion + "\"?"));
        }
    }

    private static String consequence(PromptTemplate template) {
        return switch (template.flavor()) {
            case SASE -> "SASE stops with an undefined-variable error when it renders the prompt.";
            case PROMPTY -> "Prompty renders it as an empty string.";
            case DOTPROMPT -> "dotprompt renders it as an empty string.";
            default -> "the tool renders it as an empty string.";
        };
    }
}
