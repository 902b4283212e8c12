package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.workspace.PromptLibrary;
import java.util.List;

/** {@code prompt/unknown-frontmatter-key}: a top-level frontmatter key the file's tool does not read (Prompty keeps any key). */
final class UnknownFrontmatterKey extends PerPromptRule {

    UnknownFrontmatterKey() {
        super("prompt/unknown-frontmatter-key", Severity.WARNING,
                "A top-level frontmatter key the file's tool does not read, often a misspelt one; Prompty allows any key.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        PromptTemplate template = prompt.template();
        PromptFlavor flavor = template.flavor();
        YamlNode.Mapping mapping = template.frontmatter() == null ? null : template.frontmatter().mapping();
        if (mapping == null || !flavor.checksFrontmatterKeys()) {
            return;
        }
        List<String> known = flavor.frontmatterKeys().stream().sorted().toList();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.keyText();
            if (key == null || known.contains(key) || (flavor == PromptFlavor.DOTPROMPT && key.contains("."))) {
                continue;
            }
            String suggestion = Suggestions.closest(key, known);
            sink.report(prompt.uri(), entry.key().span(), flavor.tool() + " does not read \"" + key + "\" in this file, so it has no effect"
                    + (suggestion == null ? ". Keys it reads: " + String.join(", ", known) + "." : ". Did you mean \"" + suggestion + "\"?"));
        }
    }
}
