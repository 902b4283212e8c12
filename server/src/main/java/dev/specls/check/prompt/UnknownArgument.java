package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.workspace.PromptLibrary;

/** {@code prompt/unknown-argument}: an argument the callee does not declare, named or one positional too many. */
final class UnknownArgument extends PerPromptRule {

    UnknownArgument() {
        super("prompt/unknown-argument", Severity.ERROR,
                "A call gives an argument the callee does not declare: a name that is none of its inputs, or more positional arguments than it has.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        Signature.eachBoundArgument(library, prompt, (signature, argument, input) -> {
            if (input != null || (argument.name() != null && signature.extraNamed())
                    || (argument.name() == null && !signature.positional())) {
                return;
            }
            if (argument.name() != null) {
                String suggestion = Suggestions.closest(argument.name(), signature.parameters().stream().map(PromptInput::name).toList());
                sink.report(prompt.uri(), argument.nameSpan(), signature.callee() + " has no input \"" + argument.name()
                        + "\": the value is rejected or lost." + (suggestion == null ? " Remove it." : " Did you mean \"" + suggestion + "\"?"));
            } else {
                sink.report(prompt.uri(), argument.valueSpan(), signature.callee() + " takes " + signature.parameters().size()
                        + " argument" + (signature.parameters().size() == 1 ? "" : "s") + "; this one is extra and is rejected or lost. Remove it.");
            }
        });
    }
}
