package dev.specls.check.prompt;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.workspace.PromptLibrary;
import java.util.ArrayList;
import java.util.List;

/** {@code prompt/unknown-partial}: a partial, include, import, extends or SASE reference that names no template. */
final class UnknownPartial extends PerPromptRule {

    UnknownPartial() {
        super("prompt/unknown-partial", Severity.ERROR,
                "A partial, include, import, extends or SASE #name reference names no template of the workspace.");
    }

    @Override
    void check(PromptLibrary library, PromptLibrary.Prompt prompt, FindingSink sink) {
        for (Call call : prompt.template().calls()) {
            if (call.kind() == CallKind.MACRO || call.optional() || library.resolve(prompt, call) != null) {
                continue;
            }
            String message = switch (call.kind()) {
                case REFERENCE -> {
                    String suggestion = Suggestions.closest(call.target(), new ArrayList<>(library.saseNames().keySet()));
                    yield "No xprompt is named \"" + call.target() + "\": SASE cannot expand #" + call.target()
                            + " and stops with an error." + (suggestion == null ? " Create it or fix the name." : " Did you mean \"" + suggestion + "\"?");
                }
                case PARTIAL -> "No partial \"" + call.target() + "\" exists (dotprompt reads _" + call.target()
                        + ".prompt beside the prompt): rendering fails with \"partial not found\". Create it or fix the name.";
                default -> "No template \"" + call.target() + "\" exists beside this prompt or above it: the engine stops with "
                        + "\"template not found\". Create it, fix the path" + (call.kind() == CallKind.INCLUDE ? ", or add \"ignore missing\"." : ".");
            };
            sink.report(prompt.uri(), call.targetSpan(), message);
        }
    }

    @Override
    boolean rechecksFindings() {
        return true;
    }
}
