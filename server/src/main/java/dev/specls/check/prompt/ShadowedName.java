package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.List;
import java.util.Map;

/** {@code prompt/shadowed-name}: two xprompts resolve to one name, so a reference only ever reaches the first. */
final class ShadowedName extends PromptRule {

    ShadowedName() {
        super("prompt/shadowed-name", Severity.WARNING,
                "Two xprompts resolve to the same name: a #name reference only ever expands the first, the other is never used.");
    }

    @Override
    void check(PromptLibrary library, FindingSink sink) {
        for (Map.Entry<String, List<Prompt>> named : library.saseNames().entrySet()) {
            List<Prompt> prompts = named.getValue();
            Prompt winner = prompts.get(0);
            for (Prompt shadowed : prompts.subList(1, prompts.size())) {
                String other = shadowed.path() == null || winner.path() == null ? winner.uri().toString()
                        : shadowed.path().getParent().relativize(winner.path()).toString().replace('\\', '/');
                sink.report(shadowed.uri(), nameSpan(shadowed), "This xprompt is named \"" + named.getKey() + "\" like " + other
                        + ", which #" + named.getKey() + " expands instead: this one is never used. Rename one of them.",
                        List.of(new Related(winner.uri(), nameSpan(winner), "the xprompt #" + named.getKey() + " expands")));
            }
        }
    }

    /** The frontmatter {@code name} value when there is one, else the top of the file. */
    private static Span nameSpan(Prompt prompt) {
        YamlNode.Mapping mapping = prompt.template().frontmatter() == null ? null : prompt.template().frontmatter().mapping();
        YamlNode name = mapping == null ? null : mapping.get("name");
        return name == null ? Span.EMPTY : name.span();
    }
}
