package dev.specls.features.prompt;

import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.BindingKind;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateSyntax;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a variable path leads to among the declared inputs and their fields, where the cursor stands: an
 * input, {@code user.address.city}, a Jinja loop variable or a Handlebars {@code this} (or a bare name)
 * inside {@code {{#each items}}}, which stand for an item of the list they loop over, and {@code @root}.
 */
final class PromptFields {

    private static final Pattern JINJA_FOR = Pattern.compile("^\\{%[-+]?\\s*for\\s+([\\w\\s,]+?)\\s+in\\s+([\\w.]+)");
    private static final Pattern HANDLEBARS_CONTEXT = Pattern.compile("^\\{\\{~?\\s*#(each|with)\\s+([@\\w.]+)(?:\\s+as\\s+\\|\\s*(\\w+))?");

    private PromptFields() {
    }

    /** The fields of what the dotted path names at {@code at}, or an empty list when it names nothing declared with fields. */
    static List<PromptInput> fieldsOf(Prompt prompt, int at, String dottedPath) {
        List<String> path = Arrays.asList(dottedPath.split("\\.", -1));
        if (path.size() == 1 && path.get(0).equals("@root")) {
            return prompt.template().inputs().inputs();
        }
        PromptInput target = resolve(prompt, at, path);
        return target == null ? List.of() : target.fields();
    }

    /** The fields a bare name can read inside the innermost Handlebars {@code each} or {@code with} around {@code at}. */
    static List<PromptInput> contextFields(Prompt prompt, int at) {
        PromptInput context = handlebarsContext(prompt, at, null);
        return context == null ? List.of() : context.fields();
    }

    /** The input or field the path leads to, or {@code null}. */
    static PromptInput resolve(Prompt prompt, int at, List<String> path) {
        PromptTemplate template = prompt.template();
        String head = path.get(0);
        PromptInput current;
        if (head.equals("@root") && path.size() > 1) {
            current = template.inputs().find(path.get(1));
            path = path.subList(1, path.size());
        } else if (head.equals("this") && template.syntax() != TemplateSyntax.JINJA) {
            current = handlebarsContext(prompt, at, null);
        } else if (template.syntax() == TemplateSyntax.JINJA) {
            Binding loop = loopBinding(template, at, head);
            current = loop == null ? template.inputs().find(head) : jinjaLoopItem(prompt, loop);
        } else {
            Binding parameter = loopBinding(template, at, head);
            PromptInput context = parameter == null ? handlebarsContext(prompt, at, null) : handlebarsContext(prompt, at, parameter);
            current = parameter != null ? context : context != null && context.field(head) != null ? context.field(head) : template.inputs().find(head);
        }
        for (String segment : path.subList(1, path.size())) {
            if (current == null) {
                return null;
            }
            current = current.field(segment);
        }
        return current;
    }

    private static Binding loopBinding(PromptTemplate template, int at, String name) {
        Binding innermost = null;
        for (Binding binding : template.body().bindings()) {
            if (binding.name().equals(name) && (binding.kind() == BindingKind.LOOP || binding.kind() == BindingKind.BLOCK_PARAMETER)
                    && binding.scope().touches(at) && (innermost == null || binding.scope().start() >= innermost.scope().start())) {
                innermost = binding;
            }
        }
        return innermost;
    }

    /** An item of the list a Jinja {@code for} binds {@code loop} to. */
    private static PromptInput jinjaLoopItem(Prompt prompt, Binding loop) {
        String text = prompt.file().text();
        for (Block block : prompt.template().body().blocks()) {
            if (block.keyword().equals("for") && block.open().start() <= loop.span().start() && loop.span().end() <= block.open().end()) {
                Matcher header = JINJA_FOR.matcher(block.open().of(text));
                if (header.find() && !header.group(1).contains(",")) {
                    return resolve(prompt, block.open().start(), List.of(header.group(2).split("\\.")));
                }
            }
        }
        return null;
    }

    /**
     * What the innermost {@code each} or {@code with} around {@code at} sets the context to (for {@code each},
     * an item of its list); with {@code parameter}, the block that names its item so ({@code as |item|}).
     */
    private static PromptInput handlebarsContext(Prompt prompt, int at, Binding parameter) {
        String text = prompt.file().text();
        Block innermost = null;
        Matcher innermostHeader = null;
        for (Block block : prompt.template().body().blocks()) {
            boolean around = block.open().end() <= at && (block.close() == null || at <= block.close().start());
            boolean names = parameter == null || (block.open().start() <= parameter.span().start() && parameter.span().end() <= block.open().end());
            if (!around || !names || (innermost != null && block.open().start() < innermost.open().start())) {
                continue;
            }
            Matcher header = HANDLEBARS_CONTEXT.matcher(block.open().of(text));
            if (header.find()) {
                innermost = block;
                innermostHeader = header;
            }
        }
        if (innermost == null) {
            return null;
        }
        return resolve(prompt, innermost.open().start(), List.of(innermostHeader.group(2).split("\\.")));
    }
}
