package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.WorkspaceRule;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.WorkspaceView;

/** A rule over the workspace's prompt templates: prompts reach each other across folders, so they are checked as one library. */
abstract class PromptRule implements WorkspaceRule {

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
    public final void check(WorkspaceView workspace, FindingSink sink) {
        check(PromptLibrary.of(workspace), sink);
    }

    abstract void check(PromptLibrary library, FindingSink sink);
}
