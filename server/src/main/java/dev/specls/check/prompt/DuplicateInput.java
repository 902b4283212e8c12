package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.SyntaxProblem;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/duplicate-input}: one input name declared twice; the tool keeps only one declaration. */
final class DuplicateInput extends PerPromptRule {

    DuplicateInput() {
        super("prompt/duplicate-input", Severity.ERROR, "One input name is declared twice: the tool keeps only one of the declarations.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (SyntaxProblem problem : prompt.template().inputs().duplicates()) {
            sink.report(prompt.uri(), problem.span(), problem.message());
        }
    }
}
