package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.List;

/** {@code prompt/shadowed-name}: two xprompts resolve to one name, so a reference only ever reaches the first. */
final class ShadowedName extends PerPromptRule {

    ShadowedName() {
        super("prompt/shadowed-name", Severity.WARNING,
                "Two xprompts resolve to the same name: a #name reference only ever expands the first, the other is never used.");
    }

    @Override
    void check(PromptLibrary library, Prompt shadowed, FindingSink sink) {
        List<Prompt> named = shadowed.template().flavor() == PromptFlavor.SASE ? library.named(shadowed.name()) : List.of();
        if (named.isEmpty() || named.get(0) == shadowed) {
            return;
        }
        Prompt winner = named.get(0);
        String other = shadowed.path() == null || winner.path() == null ? winner.uri().toString()
                : shadowed.path().getParent().relativize(winner.path()).toString().replace('\\', '/');
        sink.report(shadowed.uri(), nameSpan(shadowed), "This xprompt is named \"" + shadowed.name() + "\" like " + other
                + ", which #" + shadowed.name() + " expands instead: this one is never used. Rename one of them.",
                List.of(new Related(winner.uri(), nameSpan(winner), "the xprompt #" + shadowed.name() + " expands")));
    }

    /** The frontmatter {@code name} value when there is one, else the top of the file. */
    private static Span nameSpan(Prompt prompt) {
        YamlNode.Mapping mapping = prompt.template().frontmatter() == null ? null : prompt.template().frontmatter().mapping();
        YamlNode name = mapping == null ? null : mapping.get("name");
        return name == null ? Span.EMPTY : name.span();
    }
}
