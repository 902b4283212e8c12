package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Rule;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLayout;
import dev.specls.workspace.SpecSet;

/** A rule over the workspace's prompt templates, which form one spec set: prompts reach each other across folders. */
abstract class PromptRule implements Rule {

    private final String code;
    private final Severity defaultSeverity;
    private final String summary;

    PromptRule(String code, Severity defaultSeverity, String summary) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final void check(SpecSet specSet, FindingSink sink) {
        if (PromptLayout.holdsPrompts(specSet)) {
            check(PromptLibrary.of(specSet), sink);
        }
    }

    abstract void check(PromptLibrary library, FindingSink sink);
}
