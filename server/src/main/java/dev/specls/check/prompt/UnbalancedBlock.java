package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.TemplateBody.Problem;
import dev.specls.syntax.prompt.TemplateBody.ProblemKind;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/unbalanced-block}: a block tag that nothing closes (reported at the opening tag) or a closing tag that closes nothing. */
final class UnbalancedBlock extends PerPromptRule {

    UnbalancedBlock() {
        super("prompt/unbalanced-block", Severity.ERROR,
                "A block that nothing closes (reported at its opening tag), or a closing tag that closes no open block: rendering fails.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (Problem problem : prompt.template().body().problems()) {
            if (problem.kind() == ProblemKind.UNBALANCED_BLOCK) {
                sink.report(prompt.uri(), problem.span(), problem.message());
            }
        }
    }
}
