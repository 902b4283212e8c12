package dev.specls.features.prompt;

import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.FunctionUse;
import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary.Prompt;

/** What stands under the cursor in a prompt file: the one place features look it up. */
sealed interface PromptCursor {

    Span span();

    /** A variable read from the inputs (or the context), or a declaration of an input. */
    record Input(String name, Span span, PromptInput declaration) implements PromptCursor {
    }

    /** A variable bound in the template ({@code for}, {@code set}, …). */
    record Local(VariableUse use, Binding binding, Span span) implements PromptCursor {
    }

    /** The target of a partial, include, import, extends or SASE reference. */
    record CallTarget(Call call, Span span) implements PromptCursor {
    }

    /** A named argument at a call site. */
    record NamedArgument(Call call, Argument argument, Span span) implements PromptCursor {
    }

    record Function(FunctionUse use, Span span) implements PromptCursor {
    }

    record FrontmatterKey(String key, Span span) implements PromptCursor {
    }

    record File(Placeholder placeholder, Span span) implements PromptCursor {
    }

    static PromptCursor at(Prompt prompt, int offset) {
        PromptTemplate template = prompt.template();
        for (PromptInput input : template.inputs().inputs()) {
            if (input.nameSpan().touches(offset)) {
                return new Input(input.name(), input.nameSpan(), input);
            }
        }
        for (VariableUse use : template.body().variables()) {
            if (use.nameSpan().touches(offset)) {
                if (use.reach() == Reach.LOCAL) {
                    return new Local(use, use.binding(), use.nameSpan());
                }
                if (use.reach() == Reach.INPUT || use.reach() == Reach.CONTEXT) {
                    return new Input(use.name(), use.nameSpan(), template.inputs().find(use.name()));
                }
                return null;
            }
        }
        for (Binding binding : template.body().bindings()) {
            if (binding.span().touches(offset)) {
                return new Local(null, binding, binding.span());
            }
        }
        for (Call call : template.calls()) {
            if (call.targetSpan().touches(offset)) {
                return new CallTarget(call, call.targetSpan());
            }
            for (Argument argument : call.arguments()) {
                if (argument.nameSpan() != null && argument.nameSpan().touches(offset)) {
                    return new NamedArgument(call, argument, argument.nameSpan());
                }
            }
        }
        for (FunctionUse use : template.body().functions()) {
            if (use.span().touches(offset)) {
                return new Function(use, use.span());
            }
        }
        for (Placeholder placeholder : template.body().placeholders()) {
            if (placeholder.nameSpan().touches(offset)) {
                if (placeholder.kind() == PlaceholderKind.FILE) {
                    return new File(placeholder, placeholder.nameSpan());
                }
                if (placeholder.kind() == PlaceholderKind.INPUT) {
                    return new Input(placeholder.name(), placeholder.nameSpan(), template.inputs().find(placeholder.name()));
                }
            }
        }
        YamlNode.Mapping mapping = template.frontmatter() == null ? null : template.frontmatter().mapping();
        if (mapping != null) {
            for (YamlNode.Entry entry : mapping.entries()) {
                if (entry.keyText() != null && entry.key().span().touches(offset)) {
                    return new FrontmatterKey(entry.keyText(), entry.key().span());
                }
            }
        }
        return null;
    }
}
