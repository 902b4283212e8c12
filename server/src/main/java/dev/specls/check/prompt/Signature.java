package dev.specls.check.prompt;

import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Parameter;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call's callee accepts: a SASE reference's target inputs, a macro's parameters, a declared
 * dotprompt partial's inputs; and which parameter each argument at the call site fills.
 *
 * @param callee     the callee's name, for messages
 * @param parameters its parameters in order
 * @param extraNamed true when it accepts named arguments it does not declare (a macro reading {@code kwargs})
 * @param positional true when positional arguments fill parameters in order
 */
public record Signature(String callee, List<PromptInput> parameters, boolean extraNamed, boolean positional) {

    /** One argument at a call site, with the callee's signature and the parameter it fills ({@code null} when none). */
    interface BoundArgument {
        void accept(Signature signature, Argument argument, PromptInput input);
    }

    /** Every argument of every call in {@code caller} whose callee has a signature, with the parameter it fills. */
    static void eachBoundArgument(PromptLibrary library, Prompt caller, BoundArgument action) {
        for (Call call : caller.template().calls()) {
            Signature signature = of(library, caller, call);
            if (signature == null) {
                continue;
            }
            for (Map.Entry<Argument, PromptInput> bound : signature.bind(call.arguments()).entrySet()) {
                action.accept(signature, bound.getKey(), bound.getValue());
            }
        }
    }

    /** The callee's signature, or {@code null} when the call's target is unknown or declares nothing to check. */
    public static Signature of(PromptLibrary library, Prompt caller, Call call) {
        switch (call.kind()) {
            case REFERENCE -> {
                PromptLibrary.Target target = library.resolve(caller, call);
                if (target == null || target.prompt() == null) {
                    return null;
                }
                return new Signature("#" + call.target(), target.prompt().template().inputs().inputs(), false, true);
            }
            case MACRO -> {
                for (Macro macro : caller.template().body().macros()) {
                    if (macro.name().equals(call.target())) {
                        List<PromptInput> parameters = new ArrayList<>();
                        for (Parameter parameter : macro.parameters()) {
                            parameters.add(new PromptInput(parameter.name(), null, parameter.defaultValue() == null, parameter.defaultValue(),
                                    null, List.of(), parameter.span(), parameter.span()));
                        }
                        return new Signature("macro " + macro.name(), parameters, macro.acceptsExtraKeywords(), true);
                    }
                }
                return null;
            }
            case PARTIAL -> {
                PromptLibrary.Target target = library.resolve(caller, call);
                if (target == null || target.prompt() == null || !target.prompt().template().inputs().declared()) {
                    return null;
                }
                return new Signature("partial " + call.target(), target.prompt().template().inputs().inputs(), false, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** Which parameter each argument fills; an argument that fills none maps to {@code null}. */
    public Map<Argument, PromptInput> bind(List<Argument> arguments) {
        Map<Argument, PromptInput> bound = new LinkedHashMap<>();
        int position = 0;
        for (Argument argument : arguments) {
            PromptInput parameter = null;
            if (argument.name() != null) {
                parameter = find(argument.name());
            } else if (positional && position < parameters.size()) {
                parameter = parameters.get(position++);
            }
            bound.put(argument, parameter);
        }
        return bound;
    }

    public PromptInput find(String name) {
        for (PromptInput parameter : parameters) {
            if (parameter.name().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    /** The required parameters no argument fills. */
    public List<PromptInput> missing(List<Argument> arguments) {
        Map<Argument, PromptInput> bound = bind(arguments);
        List<PromptInput> missing = new ArrayList<>();
        for (PromptInput parameter : parameters) {
            boolean named = missing.stream().anyMatch(other -> other.name().equals(parameter.name()));
            if (parameter.required() && !named && !bound.containsValue(parameter)) {
                missing.add(parameter);
            }
        }
        return missing;
    }
}
