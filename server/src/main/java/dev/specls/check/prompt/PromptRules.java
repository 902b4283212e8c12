package dev.specls.check.prompt;

import dev.specls.check.Rule;
import java.util.List;

/** The prompt-template rules, in the order docs/rules.md lists them. */
public final class PromptRules {

    private PromptRules() {
    }

    public static List<Rule> all() {
        return List.of(new UndefinedVariable(), new UnusedInput(), new UnknownPartial(), new ReferenceCycle(), new MissingArgument(),
                new UnknownArgument(), new ArgumentType(), new FrontmatterSyntax(), new UnknownFrontmatterKey(),
                new InvalidInputDeclaration(), new DuplicateInput(), new UnbalancedBlock(), new UnclosedExpression(), new MissingFile(),
                new ShadowedName(), new MissingArgumentHint());
    }
}
