package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.TemplateBody.Placeholder;
import dev.specls.syntax.prompt.TemplateBody.PlaceholderKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a prompt file: frontmatter through a YAML composer with marks, the body through the
 * template reader of its dialect, and the Markdown structure through CommonMark. Never throws,
 * never does I/O; linear in the text.
 */
public final class PromptParser {

    private static final Set<String> SASE_BUILTINS = Set.of("_args", "root", "_1", "_2", "_3", "_4", "_5", "_6", "_7", "_8", "_9");

    private PromptParser() {
    }

    /** @param path the file's path (slashes or not), which decides the dialect */
    public static PromptTemplate parse(String path, String text) {
        return parse(PromptFlavor.of(path), text);
    }

    /** The file read as the dialect's tool reads it. */
    public static PromptTemplate parse(PromptFlavor flavor, String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        Frontmatter frontmatter = FrontmatterReader.read(text, start, flavor == PromptFlavor.PROMPTY,
                flavor == PromptFlavor.CLAUDE_COMMAND || flavor == PromptFlavor.SKILL);
        int bodyStart = frontmatter == null || frontmatter.root() == null && !frontmatter.problems().isEmpty()
                && frontmatter.content().isEmpty() ? start : frontmatter.span().end();
        YamlNode.Mapping mapping = frontmatter == null ? null : frontmatter.mapping();
        TemplateSyntax syntax = syntax(flavor, mapping, text, bodyStart);
        MarkdownStructure markdown = MarkdownStructure.read(text, bodyStart, text.length());
        BodyBuilder agent = new BodyBuilder();
        TemplateBody body = switch (syntax) {
            case JINJA -> new JinjaParser(text, bodyStart, text.length(), flavor == PromptFlavor.SASE ? SASE_BUILTINS : Set.of()).parse();
            case HANDLEBARS -> new MustacheParser(text, bodyStart, text.length(), true).parse();
            case MUSTACHE -> new MustacheParser(text, bodyStart, text.length(), false).parse();
            case PLACEHOLDERS -> {
                AgentSyntax.legacyPlaceholders(text, bodyStart, text.length(), agent);
                yield null;
            }
            case AGENT -> {
                if (flavor == PromptFlavor.VSCODE_PROMPT) {
                    AgentSyntax.vscodePlaceholders(text, bodyStart, text.length(), agent);
                } else {
                    AgentSyntax.claudePlaceholders(text, bodyStart, text.length(), agent);
                }
                yield null;
            }
        };
        if (flavor == PromptFlavor.SASE) {
            AgentSyntax.saseReferences(text, bodyStart, text.length(), markdown.code(), agent);
        }
        body = merge(body, agent);
        PromptInputs inputs = flavor == PromptFlavor.VSCODE_PROMPT ? vscodeInputs(body) : InputDeclarations.read(flavor, mapping);
        return new PromptTemplate(flavor, syntax, frontmatter, bodyStart, inputs, body, markdown);
    }

    private static TemplateSyntax syntax(PromptFlavor flavor, YamlNode.Mapping mapping, String text, int bodyStart) {
        return switch (flavor) {
            case PROMPTY -> {
                YamlNode template = mapping == null ? null : mapping.get("template");
                String format = template instanceof YamlNode.Mapping details ? YamlNode.text(details.get("format")) : YamlNode.text(template);
                yield "mustache".equalsIgnoreCase(format == null ? "" : format.strip()) ? TemplateSyntax.MUSTACHE : TemplateSyntax.JINJA;
            }
            case DOTPROMPT -> TemplateSyntax.HANDLEBARS;
            case SASE -> {
                String body = text.substring(bodyStart);
                yield body.contains("{{") || body.contains("{%") || body.contains("{#") ? TemplateSyntax.JINJA : TemplateSyntax.PLACEHOLDERS;
            }
            default -> TemplateSyntax.AGENT;
        };
    }

    private static TemplateBody merge(TemplateBody template, BodyBuilder agent) {
        if (template == null) {
            return agent.build();
        }
        if (agent.calls.isEmpty() && agent.placeholders.isEmpty()) {
            return template;
        }
        BodyBuilder merged = new BodyBuilder();
        merged.variables.addAll(template.variables());
        merged.bindings.addAll(template.bindings());
        merged.blocks.addAll(template.blocks());
        merged.calls.addAll(template.calls());
        merged.calls.addAll(agent.calls);
        merged.macros.addAll(template.macros());
        merged.functions.addAll(template.functions());
        merged.placeholders.addAll(agent.placeholders);
        merged.tokens.addAll(template.tokens());
        merged.tokens.addAll(agent.tokens);
        merged.problems.addAll(template.problems());
        return merged.build();
    }

    /** VS Code declares an input where a prompt first writes {@code ${input:name}}. */
    private static PromptInputs vscodeInputs(TemplateBody body) {
        List<PromptInput> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Placeholder placeholder : body.placeholders()) {
            if (placeholder.kind() == PlaceholderKind.INPUT && seen.add(placeholder.name())) {
                inputs.add(new PromptInput(placeholder.name(), "string", true, null, placeholder.detail(), List.of(),
                        placeholder.nameSpan(), placeholder.span()));
            }
        }
        return new PromptInputs(List.copyOf(inputs), false, null, List.of(), List.of());
    }
}
