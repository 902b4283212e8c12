package dev.specls.features.prompt;

import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.nio.file.Path;

/** Hover cards in prompt templates, in Markdown: inputs, bindings, partials and references, filters and helpers, frontmatter keys. */
public final class PromptHovers {

    /** A card and the range it is about. */
    public record Card(String markdown, Span span) {
    }

    private PromptHovers() {
    }

    public static Card hover(PromptLibrary library, Prompt prompt, int offset) {
        PromptCursor cursor = PromptCursor.at(prompt, offset);
        if (cursor == null) {
            return null;
        }
        String markdown = null;
        if (cursor instanceof PromptCursor.Input input) {
            markdown = input.declaration() == null ? undeclared(prompt, input.name())
                    : inputCard(input.declaration(), "input of **" + escape(prompt.name()) + "**");
        } else if (cursor instanceof PromptCursor.Local local) {
            markdown = "`" + escape(local.binding().name()) + "` — " + switch (local.binding().kind()) {
                case LOOP -> "loop variable";
                case SET -> "set in this template";
                case WITH -> "bound by `with`";
                case MACRO_PARAMETER -> "macro parameter";
                case IMPORT -> "imported";
                case BLOCK_PARAMETER -> "block parameter";
            };
        } else if (cursor instanceof PromptCursor.CallTarget target) {
            markdown = callTarget(library, prompt, target);
        } else if (cursor instanceof PromptCursor.NamedArgument argument) {
            PromptNavigation.InputOf callee = PromptNavigation.callee(library, prompt, argument.call(), argument.argument());
            PromptInput declared = callee == null ? null : callee.prompt().template().inputs().find(callee.name());
            markdown = declared == null ? null : inputCard(declared, "input of **" + escape(callee.prompt().name()) + "**");
        } else if (cursor instanceof PromptCursor.Function function) {
            markdown = PromptVocabulary.describe(function.use());
        } else if (cursor instanceof PromptCursor.FrontmatterKey key) {
            markdown = PromptVocabulary.describeKey(prompt.template().flavor(), key.key());
        } else if (cursor instanceof PromptCursor.File file) {
            markdown = "attaches `" + escape(file.placeholder().name()) + "`";
        }
        return markdown == null ? null : new Card(markdown, cursor.span());
    }

    private static String undeclared(Prompt prompt, String name) {
        return "`" + escape(name) + "` — " + (prompt.template().inputs().declared() ? "**not declared**: no input of this name"
                : "read from the caller's variables (this prompt declares no inputs)");
    }

    static String inputCard(PromptInput input, String owner) {
        StringBuilder card = new StringBuilder("```text\n").append(input.name());
        if (input.type() != null) {
            card.append(": ").append(input.type());
        }
        card.append("\n```\n").append(owner).append(input.required() ? " · required" : " · optional");
        if (input.defaultValue() != null) {
            card.append(" · default `").append(escape(input.defaultValue())).append('`');
        }
        if (!input.choices().isEmpty()) {
            card.append(" · one of ").append(String.join(", ", input.choices().stream().map(choice -> "`" + escape(choice) + "`").toList()));
        }
        if (input.description() != null && !input.description().isBlank()) {
            card.append("\n\n").append(escape(input.description()));
        }
        return card.toString();
    }

    private static String callTarget(PromptLibrary library, Prompt prompt, PromptCursor.CallTarget target) {
        if (target.call().kind() == CallKind.MACRO) {
            return PromptNavigation.macro(prompt, target.call().target()).map(PromptHovers::macroCard).orElse(null);
        }
        PromptLibrary.Target resolved = library.resolve(prompt, target.call());
        if (resolved == null) {
            return "`" + escape(target.call().target()) + "` — **not found**";
        }
        if (resolved.prompt() == null) {
            return "`" + escape(resolved.file().getFileName().toString()) + "`";
        }
        return promptCard(resolved.prompt());
    }

    /** A prompt's name, description, file and inputs. */
    static String promptCard(Prompt prompt) {
        PromptTemplate template = prompt.template();
        StringBuilder card = new StringBuilder("**").append(escape(prompt.name())).append("**");
        Path file = prompt.path();
        if (file != null) {
            card.append(" · `").append(escape(file.getFileName().toString())).append('`');
        }
        if (template.description() != null) {
            card.append("\n\n").append(escape(template.description()));
        }
        if (!template.inputs().inputs().isEmpty()) {
            card.append("\n\nInputs:\n");
            for (PromptInput input : template.inputs().inputs()) {
                card.append("- `").append(escape(input.name())).append('`');
                if (input.type() != null) {
                    card.append(": ").append(escape(input.type()));
                }
                card.append(input.required() ? " (required)" : input.defaultValue() == null ? " (optional)"
                        : " = `" + escape(input.defaultValue()) + "`");
                if (input.description() != null) {
                    card.append(" — ").append(escape(input.description()));
                }
                card.append('\n');
            }
        }
        return card.toString().stripTrailing();
    }

    private static String macroCard(Macro macro) {
        StringBuilder signature = new StringBuilder("```jinja\n{% macro ").append(macro.name()).append('(');
        for (int i = 0; i < macro.parameters().size(); i++) {
            var parameter = macro.parameters().get(i);
            signature.append(i == 0 ? "" : ", ").append(parameter.name());
            if (parameter.defaultValue() != null) {
                signature.append('=').append(parameter.defaultValue());
            }
        }
        return signature.append(") %}\n```").toString();
    }

    /** Text from a file, safe inside Markdown. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]<>()#+!|~])", "\\\\$1");
    }
}
