package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/missing-argument-hint}: a command reads positional arguments but its frontmatter has no {@code argument-hint}. */
final class MissingArgumentHint extends PerPromptRule {

    MissingArgumentHint() {
        super("prompt/missing-argument-hint", Severity.WARNING,
                "A Claude Code command reads $1, $2, … but declares no argument-hint, so the slash menu shows nothing of what to type.");
    }

    private static boolean hasKey(PromptTemplate template, String key) {
        return template.frontmatter() != null && template.frontmatter().mapping() != null && template.frontmatter().mapping().entry(key) != null;
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        PromptTemplate template = prompt.template();
        if (template.flavor() != PromptFlavor.CLAUDE_COMMAND || hasKey(template, "argument-hint")) {
            return;
        }
        for (Placeholder placeholder : template.body().placeholders()) {
            if (placeholder.kind() == PlaceholderKind.POSITIONAL) {
                sink.report(prompt.uri(), placeholder.span(), "This command reads $" + placeholder.name()
                        + " but has no argument-hint: Claude Code shows nothing of what to type after the command. Add argument-hint: to the frontmatter.");
                break;
            }
        }
    }
}
