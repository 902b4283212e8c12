package dev.specls.features.prompt;

import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Binding;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Parameter;
import dev.specls.syntax.prompt.TemplateSyntax;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Completion in prompt templates: variables inside {@code {{ }}} and {@code {% %}} with their types,
 * filters, tests and helpers with signatures, statements, partial and reference names as snippets with a
 * tab stop per required argument, named arguments at a call site, frontmatter keys and input types.
 */
public final class PromptCompletion {

    private static final Pattern TEMPLATE_PATH = Pattern.compile("^(include|import|extends|from)\\s+[\"']([^\"']*)$");
    private static final List<String> JINJA_STATEMENTS = List.of("if", "elif", "else", "for", "set", "with", "macro", "call",
            "include", "import", "from", "extends", "block", "filter", "raw");
    private static final Pattern SASE_REFERENCE_START = Pattern.compile("(?:^|(?<=[\\s(\\[\"']))#([A-Za-z0-9_/]*)$");
    private static final Pattern SASE_ARGUMENTS = Pattern.compile("(?:^|(?<=[\\s(\\[\"']))#([A-Za-z_][A-Za-z0-9_/]*)\\(([^()]*)$");
    private static final Pattern DOTTED_PATH = Pattern.compile("(?<![\\w.@])(@?[A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*)*)\\.([A-Za-z_]\\w*)?$");
    private static final Pattern ARGUMENT_VALUE = Pattern.compile("(?:^|[\\s,])([A-Za-z_]\\w*)\\s*=\\s*[\\w-]*$");
    private static final Pattern TYPE_VALUE = Pattern.compile("(?:type|kind)\\s*:\\s*([A-Za-z]*)$");

    private PromptCompletion() {
    }

    public static List<CompletionItem> complete(PromptLibrary library, Prompt prompt, int offset) {
        PromptTemplate template = prompt.template();
        String text = prompt.file().text();
        int at = Math.max(0, Math.min(offset, text.length()));
        List<CompletionItem> items = new ArrayList<>();
        if (template.frontmatter() != null && at >= template.frontmatter().content().start() && at <= template.frontmatter().content().end()) {
            frontmatter(template, text, at, items);
            return items;
        }
        String line = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
        if (template.syntax() == TemplateSyntax.JINJA || template.syntax() == TemplateSyntax.HANDLEBARS
                || template.syntax() == TemplateSyntax.MUSTACHE) {
            int variable = text.lastIndexOf("{{", at - 1);
            int statement = text.lastIndexOf("{%", at - 1);
            int open = Math.max(variable, statement);
            int closed = Math.max(text.lastIndexOf("}}", at - 1), text.lastIndexOf("%}", at - 1));
            if (open >= template.bodyStart() && open > closed) {
                String inside = text.substring(open + 2, at);
                if (template.syntax() == TemplateSyntax.JINJA) {
                    jinja(library, prompt, at, open == statement, inside, items);
                } else {
                    handlebars(library, prompt, at, inside, items);
                }
                return items;
            }
        }
        if (template.flavor() == PromptFlavor.SASE) {
            Matcher arguments = SASE_ARGUMENTS.matcher(line);
            if (arguments.find()) {
                namedArguments(library, prompt, arguments.group(1), arguments.group(2), items);
                return items;
            }
            if (SASE_REFERENCE_START.matcher(line).find()) {
                for (Map.Entry<String, List<Prompt>> named : library.saseNames().entrySet()) {
                    Prompt target = named.getValue().get(0);
                    if (target == prompt) {
                        continue;
                    }
                    items.add(callItem(named.getKey(), target, "(", ")", "=", ", "));
                }
            }
        }
        if (template.flavor() == PromptFlavor.VSCODE_PROMPT && line.endsWith("${")) {
            for (String variable : PromptFlavor.VSCODE_VARIABLES) {
                items.add(item(variable, CompletionItemKind.Variable, "VS Code variable", variable + "}"));
            }
            items.add(snippet("input:", CompletionItemKind.Variable, "asks the user when the prompt runs", "input:${1:name}}"));
        }
        if ((template.flavor() == PromptFlavor.CLAUDE_COMMAND || template.flavor() == PromptFlavor.SKILL) && line.endsWith("$")) {
            items.add(item("ARGUMENTS", CompletionItemKind.Variable, "everything typed after the command", "ARGUMENTS"));
            for (int n = 1; n <= 3; n++) {
                items.add(item(String.valueOf(n), CompletionItemKind.Variable, "positional argument " + n, String.valueOf(n)));
            }
        }
        return items;
    }

    private static void frontmatter(PromptTemplate template, String text, int at, List<CompletionItem> items) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String line = text.substring(lineStart, at);
        Matcher type = TYPE_VALUE.matcher(line);
        if (type.find() || (template.flavor() == PromptFlavor.SASE && line.matches("\\s+[A-Za-z_][\\w-]*\\s*:\\s*[A-Za-z]*"))) {
            List<String> types = switch (template.flavor()) {
                case SASE -> List.of("word", "line", "text", "path", "int", "bool", "float", "enum");
                case PROMPTY -> List.of("string", "number", "integer", "boolean", "object", "array");
                default -> List.of("string", "number", "integer", "boolean", "object", "array", "enum", "any");
            };
            types.forEach(name -> items.add(item(name, CompletionItemKind.TypeParameter, "input type", name)));
            return;
        }
        if (!line.matches("[A-Za-z_-]*")) {
            return;
        }
        YamlNode.Mapping mapping = template.frontmatter().mapping();
        Set<String> present = new LinkedHashSet<>();
        if (mapping != null) {
            mapping.entries().forEach(entry -> present.add(entry.keyText()));
        }
        for (String key : template.flavor().frontmatterKeys().stream().sorted().toList()) {
            if (!present.contains(key)) {
                CompletionItem item = item(key, CompletionItemKind.Property, template.flavor().tool() + " frontmatter key", key + ": ");
                item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, PromptVocabulary.describeKey(template.flavor(), key)));
                items.add(item);
            }
        }
    }

    private static void jinja(PromptLibrary library, Prompt prompt, int at, boolean statement, String inside, List<CompletionItem> items) {
        String trimmed = inside.stripLeading();
        if (trimmed.startsWith("-") || trimmed.startsWith("+")) {
            trimmed = trimmed.substring(1).stripLeading();
        }
        if (inside.matches(".*\\|\\s*[A-Za-z_]*$")) {
            PromptVocabulary.JINJA_FILTERS.forEach((name, signature) -> items.add(item(name, CompletionItemKind.Function, signature, name)));
            return;
        }
        if (inside.matches(".*\\bis\\s+(not\\s+)?[A-Za-z_]*$")) {
            PromptVocabulary.JINJA_TESTS.forEach((name, signature) -> items.add(item(name, CompletionItemKind.Function, signature, name)));
            return;
        }
        Matcher templatePath = TEMPLATE_PATH.matcher(trimmed);
        if (statement && templatePath.find()) {
            templatePaths(library, prompt, items);
            return;
        }
        if (statement && trimmed.matches("[A-Za-z_]*")) {
            JINJA_STATEMENTS.forEach(keyword -> items.add(item(keyword, CompletionItemKind.Keyword, "statement", keyword)));
            for (Block block : prompt.template().body().blocks()) {
                if (block.close() == null || (block.open().end() <= at && block.close().start() >= at)) {
                    items.add(item("end" + block.keyword(), CompletionItemKind.Keyword, "closes the " + block.keyword() + " block",
                            "end" + block.keyword()));
                }
            }
            return;
        }
        if (fields(prompt, at, inside, items)) {
            return;
        }
        variables(prompt, at, items);
        for (Macro macro : prompt.template().body().macros()) {
            StringBuilder snippet = new StringBuilder(macro.name()).append('(');
            int stop = 1;
            for (Parameter parameter : macro.parameters()) {
                if (parameter.defaultValue() == null) {
                    snippet.append(stop == 1 ? "" : ", ").append("${").append(stop++).append(':').append(parameter.name()).append('}');
                }
            }
            items.add(snippet(macro.name(), CompletionItemKind.Function, "macro", snippet.append(')').toString()));
        }
    }

    private static void handlebars(PromptLibrary library, Prompt prompt, int at, String inside, List<CompletionItem> items) {
        String trimmed = inside.stripLeading();
        if (trimmed.startsWith("~")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.startsWith(">")) {
            Path folder = prompt.path() == null ? null : prompt.path().getParent();
            for (Prompt other : library.prompts()) {
                if (other.partial() && other.path() != null && folder != null && other.path().getParent().equals(folder)) {
                    items.add(callItem(other.name(), other, " ", "", "=", " "));
                }
            }
            return;
        }
        if (fields(prompt, at, inside, items)) {
            return;
        }
        if (prompt.template().syntax() == TemplateSyntax.HANDLEBARS) {
            boolean block = trimmed.startsWith("#");
            PromptVocabulary.HANDLEBARS_HELPERS.forEach((name, signature) -> {
                if (!block || signature.startsWith("{{#")) {
                    items.add(item(name, CompletionItemKind.Function, signature, name));
                }
            });
            items.add(item("@root", CompletionItemKind.Variable, "the prompt's own inputs, from anywhere", "@root."));
        }
        variables(prompt, at, items);
    }

    /**
     * After a dot, the declared fields of what the path before it names, with their types; true when the
     * cursor is after a dot, so nothing else is offered there.
     */
    private static boolean fields(Prompt prompt, int at, String inside, List<CompletionItem> items) {
        Matcher dotted = DOTTED_PATH.matcher(inside);
        if (!dotted.find()) {
            return false;
        }
        for (PromptInput field : PromptFields.fieldsOf(prompt, at, dotted.group(1))) {
            items.add(fieldItem(field, "field of **" + dotted.group(1) + "**"));
        }
        return true;
    }

    private static CompletionItem fieldItem(PromptInput field, String owner) {
        CompletionItem item = item(field.name(), CompletionItemKind.Field, field.type() == null ? "field" : field.type(), field.name());
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, PromptHovers.inputCard(field, owner)));
        return item;
    }

    /** The inputs and the names bound where the cursor stands; inside Handlebars {@code each} or {@code with}, the fields of its context. */
    private static void variables(Prompt prompt, int at, List<CompletionItem> items) {
        Set<String> seen = new LinkedHashSet<>();
        if (prompt.template().syntax() != TemplateSyntax.JINJA) {
            for (PromptInput field : PromptFields.contextFields(prompt, at)) {
                if (seen.add(field.name())) {
                    items.add(fieldItem(field, "field of the item `this` stands for"));
                }
            }
        }
        for (Binding binding : prompt.template().body().bindings()) {
            if (binding.scope().touches(at) && seen.add(binding.name())) {
                items.add(item(binding.name(), CompletionItemKind.Variable, binding.kind().name().toLowerCase().replace('_', ' '), binding.name()));
            }
        }
        for (PromptInput input : prompt.template().inputs().inputs()) {
            if (seen.add(input.name())) {
                CompletionItem item = item(input.name(), CompletionItemKind.Variable, input.type() == null ? "input" : input.type(), input.name());
                item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, PromptHovers.inputCard(input, "input")));
                items.add(item);
            }
        }
    }

    private static void templatePaths(PromptLibrary library, Prompt prompt, List<CompletionItem> items) {
        Path folder = prompt.path() == null ? null : prompt.path().getParent();
        if (folder == null) {
            return;
        }
        for (Prompt other : library.prompts()) {
            if (other != prompt && other.path() != null && other.path().startsWith(folder)) {
                String relative = folder.relativize(other.path()).toString().replace('\\', '/');
                items.add(item(relative, CompletionItemKind.File, other.name(), relative));
            }
        }
    }

    private static void namedArguments(PromptLibrary library, Prompt prompt, String name, String written, List<CompletionItem> items) {
        List<Prompt> targets = library.named(name);
        if (targets.isEmpty()) {
            return;
        }
        Matcher value = ARGUMENT_VALUE.matcher(written);
        if (value.find()) {
            PromptInput input = targets.get(0).template().inputs().find(value.group(1));
            if (input != null) {
                input.choices().forEach(choice -> items.add(item(choice, CompletionItemKind.EnumMember, "one of the values of " + input.name(), choice)));
            }
            return;
        }
        for (PromptInput input : targets.get(0).template().inputs().inputs()) {
            if (!written.matches("(?s).*\\b" + Pattern.quote(input.name()) + "\\s*=.*")) {
                CompletionItem item = item(input.name() + "=", CompletionItemKind.Field, (input.type() == null ? "" : input.type())
                        + (input.required() ? " (required)" : ""), input.name() + "=");
                item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, PromptHovers.inputCard(input, "input of **" + name + "**")));
                items.add(item);
            }
        }
    }

    /** A reference or partial name with a tab stop for each required input. */
    private static CompletionItem callItem(String name, Prompt target, String open, String close, String equals, String separator) {
        StringBuilder snippet = new StringBuilder(name.replace("$", "\\$"));
        int stop = 1;
        for (PromptInput input : target.template().inputs().inputs()) {
            if (input.required()) {
                snippet.append(stop == 1 ? open : separator).append(input.name()).append(equals).append("${").append(stop++).append(':')
                        .append(input.name()).append('}');
            }
        }
        if (stop > 1) {
            snippet.append(close);
        }
        CompletionItem item = snippet(name, CompletionItemKind.Reference, target.template().description(), snippet.toString());
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, PromptHovers.promptCard(target)));
        return item;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, String insert) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        item.setInsertText(insert);
        return item;
    }

    private static CompletionItem snippet(String label, CompletionItemKind kind, String detail, String snippet) {
        CompletionItem item = item(label, kind, detail, snippet);
        item.setInsertTextFormat(InsertTextFormat.Snippet);
        return item;
    }
}
