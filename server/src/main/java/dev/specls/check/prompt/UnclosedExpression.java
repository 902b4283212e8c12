package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.TemplateBody.Problem;
import dev.specls.syntax.prompt.TemplateBody.ProblemKind;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/unclosed-expression}: a {@code {{}, {@code {%} or comment that does not close before the next tag. */
final class UnclosedExpression extends PerPromptRule {

    UnclosedExpression() {
        super("prompt/unclosed-expression", Severity.ERROR,
                "An expression, statement or comment tag that does not close before the next tag or the end of the file: rendering fails.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (Problem problem : prompt.template().body().problems()) {
            if (problem.kind() == ProblemKind.UNCLOSED_EXPRESSION) {
                sink.report(prompt.uri(), problem.span(), problem.message());
            }
        }
    }
}
