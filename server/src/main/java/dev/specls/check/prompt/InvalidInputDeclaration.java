package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.SyntaxProblem;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/invalid-input-declaration}: an input declaration the tool rejects or misreads. */
final class InvalidInputDeclaration extends PerPromptRule {

    InvalidInputDeclaration() {
        super("prompt/invalid-input-declaration", Severity.ERROR,
                "An input declaration the tool rejects: an unknown type, a default not of its type, a default not among its choices.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (SyntaxProblem problem : prompt.template().inputs().invalid()) {
            sink.report(prompt.uri(), problem.span(), problem.message());
        }
    }
}
