package dev.specls.check.prompt;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLayout;
import dev.specls.workspace.SpecSet;

/**
 * A rule over the workspace's prompt templates, which form one spec set: prompts reach each other across
 * folders. {@link WholeLibraryRule} and {@link PerPromptRule} say what a rerun after an edit may reuse.
 */
abstract class PromptRule extends AbstractRule {

    PromptRule(String code, Severity defaultSeverity, String summary) {
        super(code, defaultSeverity, summary);
    }

    @Override
    public final void check(SpecSet specSet, FindingSink sink) {
        if (PromptLayout.holdsPrompts(specSet)) {
            check(PromptLibrary.of(specSet), sink);
        }
    }

    abstract void check(PromptLibrary library, FindingSink sink);
}
