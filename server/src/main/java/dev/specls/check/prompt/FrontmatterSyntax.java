package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.prompt.Frontmatter;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/frontmatter-syntax}: frontmatter that is not valid YAML or never closes, so the tool reads none of it. */
final class FrontmatterSyntax extends PerPromptRule {

    FrontmatterSyntax() {
        super("prompt/frontmatter-syntax", Severity.ERROR,
                "The frontmatter is not valid YAML, or its closing --- line is missing: the tool reads none of its keys.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        Frontmatter frontmatter = prompt.template().frontmatter();
        if (frontmatter != null) {
            for (SyntaxProblem problem : frontmatter.problems()) {
                sink.report(prompt.uri(), problem.span(), problem.message());
            }
        }
    }
}
