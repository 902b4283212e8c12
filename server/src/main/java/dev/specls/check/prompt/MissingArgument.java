package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.workspace.PromptLibrary;
import java.util.List;
import java.util.stream.Collectors;

/** {@code prompt/missing-argument}: a SASE reference or macro call that does not give a required input. */
final class MissingArgument extends PerPromptRule {

    MissingArgument() {
        super("prompt/missing-argument", Severity.ERROR,
                "A SASE reference or a macro call leaves out an input that has no default.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (Call call : prompt.template().calls()) {
            if (call.kind() != CallKind.REFERENCE && call.kind() != CallKind.MACRO) {
                continue;
            }
            Signature signature = Signature.of(library, prompt, call);
            if (signature == null) {
                continue;
            }
            List<PromptInput> missing = signature.missing(call.arguments());
            if (!missing.isEmpty()) {
                String names = missing.stream().map(input -> "\"" + input.name() + "\"").collect(Collectors.joining(", "));
                String consequence = call.kind() == CallKind.REFERENCE ? "SASE stops with a missing-argument error"
                        : "the engine renders the missing parameter as undefined";
                sink.report(prompt.uri(), call.targetSpan(), signature.callee() + " needs " + names + ", which this call does not give: "
                        + consequence + ". Add " + (missing.size() == 1 ? "it" : "them") + ".");
            }
        }
    }
}
