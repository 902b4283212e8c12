package dev.specls.features.prompt;

import dev.specls.check.prompt.Signature;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Parameter;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.CallSite;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Definition and references in prompt templates: inputs, local bindings, calls and the files they reach. */
public final class PromptNavigation {

    /** A place in a file. */
    public record Place(URI uri, Span span) {
    }

    /** An input of one prompt: what references and renames of an input are about. */
    record InputOf(Prompt prompt, String name) {
    }

    private PromptNavigation() {
    }

    public static List<Place> definition(PromptLibrary library, Prompt prompt, int offset) {
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        List<Place> places = new ArrayList<>();
        if (cursor instanceof PromptCursor.Input input) {
            if (input.declaration() != null) {
                places.add(new Place(prompt.uri(), input.declaration().nameSpan()));
            } else {
                // A partial or include reads its caller's variables: the caller declares them.
                for (CallSite site : library.callers(prompt)) {
                    PromptInput declared = site.caller().template().inputs().find(input.name());
                    if (declared != null) {
                        places.add(new Place(site.caller().uri(), declared.nameSpan()));
                    }
                }
            }
        } else if (cursor instanceof PromptCursor.Local local) {
            places.add(new Place(prompt.uri(), local.binding().span()));
        } else if (cursor instanceof PromptCursor.CallTarget target) {
            if (target.call().kind() == CallKind.MACRO) {
                macro(prompt, target.call().target()).ifPresent(macro -> places.add(new Place(prompt.uri(), macro.nameSpan())));
            } else {
                PromptLibrary.Target resolved = library.resolve(prompt, target.call());
                if (resolved != null && resolved.prompt() != null) {
                    places.add(new Place(resolved.prompt().uri(), Span.EMPTY));
                } else if (resolved != null && resolved.file() != null) {
                    places.add(new Place(resolved.file().toUri(), Span.EMPTY));
                }
            }
        } else if (cursor instanceof PromptCursor.NamedArgument argument) {
            InputOf callee = callee(library, prompt, argument.call(), argument.argument());
            if (callee != null) {
                PromptInput declared = callee.prompt().template().inputs().find(callee.name());
                if (declared != null) {
                    places.add(new Place(callee.prompt().uri(), declared.nameSpan()));
                }
            } else if (argument.call().kind() == CallKind.MACRO) {
                macro(prompt, argument.call().target()).flatMap(macro -> macro.parameters().stream()
                        .filter(parameter -> parameter.name().equals(argument.argument().name())).findFirst().map(Parameter::span))
                        .ifPresent(span -> places.add(new Place(prompt.uri(), span)));
            }
        } else if (cursor instanceof PromptCursor.File file) {
            java.nio.file.Path path = prompt.path();
            if (path != null) {
                java.nio.file.Path target = path.getParent().resolve(file.placeholder().name()).normalize();
                if (library.exists(target)) {
                    places.add(new Place(target.toUri(), Span.EMPTY));
                }
            }
        }
        return places;
    }

    static java.util.Optional<Macro> macro(Prompt prompt, String name) {
        return prompt.template().body().macros().stream().filter(macro -> macro.name().equals(name)).findFirst();
    }

    /** The callee's input a named argument fills, when the callee is another prompt. */
    static InputOf callee(PromptLibrary library, Prompt caller, Call call, Argument argument) {
        if (call.kind() != CallKind.REFERENCE && call.kind() != CallKind.PARTIAL) {
            return null;
        }
        PromptLibrary.Target target = library.resolve(caller, call);
        return target == null || target.prompt() == null ? null : new InputOf(target.prompt(), argument.name());
    }

    /** The input the cursor is on (an input's use or declaration, or a named argument naming one), or {@code null}. */
    static InputOf inputAt(PromptLibrary library, Prompt prompt, int offset) {
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        if (cursor instanceof PromptCursor.Input input) {
            return new InputOf(prompt, input.name());
        }
        if (cursor instanceof PromptCursor.NamedArgument argument) {
            return callee(library, prompt, argument.call(), argument.argument());
        }
        return null;
    }

    public static List<Place> references(PromptLibrary library, Prompt prompt, int offset, boolean includeDeclaration) {
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        if (cursor instanceof PromptCursor.Local local) {
            List<Place> places = new ArrayList<>();
            if (includeDeclaration) {
                places.add(new Place(prompt.uri(), local.binding().span()));
            }
            for (VariableUse use : prompt.template().body().variables()) {
                if (use.binding() != null && use.binding().equals(local.binding())) {
                    places.add(new Place(prompt.uri(), use.nameSpan()));
                }
            }
            return places;
        }
        if (cursor instanceof PromptCursor.CallTarget target && target.call().kind() != CallKind.MACRO) {
            PromptLibrary.Target resolved = library.resolve(prompt, target.call());
            return resolved == null || resolved.prompt() == null ? List.of() : callsOf(library, resolved.prompt());
        }
        InputOf input = inputAt(library, prompt, offset);
        return input == null ? List.of() : inputReferences(library, input, includeDeclaration, true);
    }

    /** Every call site that reaches the prompt. */
    static List<Place> callsOf(PromptLibrary library, Prompt target) {
        List<Place> places = new ArrayList<>();
        for (CallSite site : library.callers(target)) {
            places.add(new Place(site.caller().uri(), site.call().targetSpan()));
        }
        return places;
    }

    /**
     * Every place an input is named: its declarations, the template's reads (and, with {@code throughPartials},
     * the reads of the partials and includes it renders), and the named arguments of its callers.
     */
    static List<Place> inputReferences(PromptLibrary library, InputOf input, boolean includeDeclaration, boolean throughPartials) {
        List<Place> places = new ArrayList<>();
        Prompt prompt = input.prompt();
        if (includeDeclaration) {
            for (PromptInput declared : prompt.template().inputs().inputs()) {
                if (declared.name().equals(input.name())) {
                    places.add(new Place(prompt.uri(), declared.nameSpan()));
                }
            }
        }
        Deque<Prompt> pending = new ArrayDeque<>();
        Set<Prompt> seen = new HashSet<>();
        pending.add(prompt);
        seen.add(prompt);
        while (!pending.isEmpty()) {
            Prompt current = pending.poll();
            reads(current, input.name(), places);
            if (!throughPartials) {
                break;
            }
            for (Call call : current.template().calls()) {
                if (call.kind() == CallKind.PARTIAL || call.kind() == CallKind.INCLUDE || call.kind() == CallKind.EXTENDS) {
                    PromptLibrary.Target target = library.resolve(current, call);
                    if (target != null && target.prompt() != null && !target.prompt().template().inputs().declared() && seen.add(target.prompt())) {
                        pending.add(target.prompt());
                    }
                }
            }
        }
        for (CallSite site : library.callers(prompt)) {
            for (Argument argument : site.call().arguments()) {
                if (input.name().equals(argument.name())) {
                    places.add(new Place(site.caller().uri(), argument.nameSpan()));
                }
            }
        }
        return places;
    }

    private static void reads(Prompt prompt, String name, List<Place> places) {
        for (VariableUse use : prompt.template().body().variables()) {
            if ((use.reach() == Reach.INPUT || use.reach() == Reach.CONTEXT) && use.name().equals(name)) {
                places.add(new Place(prompt.uri(), use.nameSpan()));
            }
        }
        for (Placeholder placeholder : prompt.template().body().placeholders()) {
            if (placeholder.kind() == PlaceholderKind.INPUT && placeholder.name().equals(name)) {
                Place place = new Place(prompt.uri(), placeholder.nameSpan());
                if (!places.contains(place)) {
                    places.add(place);
                }
            }
        }
    }
}
