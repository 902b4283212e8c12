package dev.specls.features.prompt;

import dev.specls.check.Finding;
import dev.specls.check.Suggestions;
import dev.specls.check.prompt.Signature;
import dev.specls.features.FeatureContext;
import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.YamlNode;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes for prompt findings: use the "did you mean" name, declare an undefined variable as an
 * input, remove an unused input, insert missing required arguments, create the missing template a
 * partial, include, import, extends or SASE reference names, declaring the inputs its call passes.
 */
public final class PromptFixes {

    private PromptFixes() {
    }

    public static List<CodeAction> fixes(FeatureContext context, Prompt prompt, Finding finding, Diagnostic diagnostic) {
        PromptLibrary library = PromptFeatures.library(context);
        List<CodeAction> actions = new ArrayList<>();
        String written = finding.span().of(prompt.file().text());
        switch (finding.code()) {
            case "prompt/undefined-variable" -> {
                List<String> names = prompt.template().inputs().inputs().stream().map(PromptInput::name).toList();
                replaceWithSuggestion(context, prompt, finding, diagnostic, Suggestions.closest(written, names), actions);
                declareInput(context, prompt, written, finding, diagnostic, actions);
            }
            case "prompt/unknown-partial" -> {
                Call call = callAt(prompt, finding.span());
                if (call != null && call.kind() == CallKind.REFERENCE) {
                    replaceWithSuggestion(context, prompt, finding, diagnostic,
                            Suggestions.closest(written, new ArrayList<>(library.saseNames().keySet())), actions);
                }
                if (call != null) {
                    createTemplate(prompt, call, diagnostic, actions);
                }
            }
            case "prompt/unknown-argument", "prompt/unknown-frontmatter-key" -> replaceWithSuggestion(context, prompt, finding, diagnostic,
                    suggestionIn(finding.message()), actions);
            case "prompt/unused-input" -> removeInput(context, prompt, written, finding, diagnostic, actions);
            case "prompt/missing-argument" -> insertArguments(context, library, prompt, finding, diagnostic, actions);
            default -> {
            }
        }
        return actions;
    }

    /** The name a message's "Did you mean" offers. */
    private static String suggestionIn(String message) {
        int at = message.lastIndexOf("Did you mean \"");
        if (at < 0) {
            return null;
        }
        int start = at + "Did you mean \"".length();
        int end = message.indexOf('"', start);
        return end < 0 ? null : message.substring(start, end);
    }

    private static void replaceWithSuggestion(FeatureContext context, Prompt prompt, Finding finding, Diagnostic diagnostic, String suggestion,
            List<CodeAction> actions) {
        if (suggestion == null) {
            return;
        }
        PromptEdits edits = new PromptEdits();
        edits.add(prompt.uri(), finding.span(), suggestion);
        actions.add(action("Change to \"" + suggestion + "\"", edits.toWorkspaceEdit(context), diagnostic, true));
    }

    private static void declareInput(FeatureContext context, Prompt prompt, String name, Finding finding, Diagnostic diagnostic,
            List<CodeAction> actions) {
        PromptTemplate template = prompt.template();
        String text = prompt.file().text();
        YamlNode.Mapping mapping = template.frontmatter() == null ? null : template.frontmatter().mapping();
        String declaration;
        String sectionKey;
        switch (template.flavor()) {
            case SASE -> {
                declaration = name + ": line";
                sectionKey = "input";
            }
            case PROMPTY -> {
                declaration = name + ":\n    type: string";
                sectionKey = "inputs";
            }
            case DOTPROMPT -> {
                YamlNode input = mapping == null ? null : mapping.get("input");
                YamlNode schema = input instanceof YamlNode.Mapping inputMapping ? inputMapping.get("schema") : null;
                if (!(schema instanceof YamlNode.Mapping fields) || fields.entries().isEmpty()) {
                    return;
                }
                PromptEdits edits = new PromptEdits();
                int lineStart = text.lastIndexOf('\n', fields.span().start() - 1) + 1;
                String indent = " ".repeat(fields.span().start() - lineStart);
                edits.add(prompt.uri(), Span.at(afterLine(text, fields.span().end())), indent + name + ": string\n");
                actions.add(action("Declare \"" + name + "\" as an input", edits.toWorkspaceEdit(context), diagnostic, false));
                return;
            }
            default -> {
                return;
            }
        }
        PromptEdits edits = new PromptEdits();
        YamlNode section = mapping == null ? null : mapping.get(sectionKey);
        if (section instanceof YamlNode.Mapping fields && !fields.entries().isEmpty()) {
            int lineStart = text.lastIndexOf('\n', fields.span().start() - 1) + 1;
            String indent = " ".repeat(fields.span().start() - lineStart);
            edits.add(prompt.uri(), Span.at(afterLine(text, fields.span().end())), indent
                    + declaration.replace("\n", "\n" + indent.substring(Math.min(2, indent.length()))) + "\n");
        } else if (section == null && mapping != null) {
            edits.add(prompt.uri(), Span.at(template.frontmatter().content().end()), sectionKey + ":\n  " + declaration.replace("\n", "\n  ") + "\n");
        } else if (template.frontmatter() == null) {
            edits.add(prompt.uri(), Span.at(text.startsWith("\uFEFF") ? 1 : 0), "---\n" + sectionKey + ":\n  " + declaration.replace("\n", "\n  ")
                    + "\n---\n");
        } else {
            return;
        }
        actions.add(action("Declare \"" + name + "\" as an input", edits.toWorkspaceEdit(context), diagnostic, false));
    }

    /** Just past the line break of the line holding the last character before {@code end}. */
    private static int afterLine(String text, int end) {
        int newline = text.indexOf('\n', Math.max(0, end - 1));
        return newline < 0 ? text.length() : newline + 1;
    }

    private static void removeInput(FeatureContext context, Prompt prompt, String name, Finding finding, Diagnostic diagnostic,
            List<CodeAction> actions) {
        PromptInput input = prompt.template().inputs().find(name);
        if (input == null) {
            return;
        }
        String text = prompt.file().text();
        int start = text.lastIndexOf('\n', input.span().start() - 1) + 1;
        int end = text.indexOf('\n', Math.max(input.span().end() - 1, input.span().start()));
        end = end < 0 ? text.length() : end + 1;
        String before = text.substring(start, input.span().start());
        if (!before.isBlank() && !before.strip().equals("-")) {
            return;
        }
        PromptEdits edits = new PromptEdits();
        edits.add(prompt.uri(), new Span(start, end), "");
        actions.add(action("Remove input \"" + name + "\"", edits.toWorkspaceEdit(context), diagnostic, true));
    }

    private static void insertArguments(FeatureContext context, PromptLibrary library, Prompt prompt, Finding finding, Diagnostic diagnostic,
            List<CodeAction> actions) {
        Call call = callAt(prompt, finding.span());
        Signature signature = call == null ? null : Signature.of(library, prompt, call);
        if (signature == null) {
            return;
        }
        List<PromptInput> missing = signature.missing(call.arguments());
        if (missing.isEmpty()) {
            return;
        }
        String text = prompt.file().text();
        StringBuilder inserted = new StringBuilder();
        boolean macro = call.kind() == CallKind.MACRO;
        for (PromptInput input : missing) {
            if (inserted.length() > 0 || !call.arguments().isEmpty()) {
                inserted.append(", ");
            }
            inserted.append(input.name()).append('=').append(macro ? "\"\"" : "");
        }
        PromptEdits edits = new PromptEdits();
        boolean parenthesized = call.argumentsEnd() < text.length() && text.charAt(call.argumentsEnd()) == ')';
        if (call.kind() == CallKind.REFERENCE && !parenthesized) {
            if (!call.arguments().isEmpty()) {
                return;
            }
            edits.add(prompt.uri(), Span.at(call.targetSpan().end()), "(" + inserted + ")");
        } else {
            edits.add(prompt.uri(), Span.at(call.argumentsEnd()), inserted.toString());
        }
        actions.add(action("Add " + String.join(", ", missing.stream().map(input -> "\"" + input.name() + "\"").toList()),
                edits.toWorkspaceEdit(context), diagnostic, true));
    }

    /** The file a missing call target would be, what it starts with, and how the action names it. */
    private record NewTemplate(Path file, String content, String title) {
    }

    private static void createTemplate(Prompt prompt, Call call, Diagnostic diagnostic, List<CodeAction> actions) {
        Path folder = prompt.path() == null ? null : prompt.path().getParent();
        if (folder == null || !call.target().matches("[A-Za-z0-9_./-]+") || call.target().contains("..") || call.target().startsWith("/")) {
            return;
        }
        NewTemplate template = switch (call.kind()) {
            case REFERENCE -> xprompt(folder, call);
            case PARTIAL -> prompt.template().flavor() == PromptFlavor.DOTPROMPT ? dotpromptPartial(folder, call)
                    : new NewTemplate(folder.resolve(call.target() + (prompt.path().toString().endsWith(".prompty") ? ".prompty" : "")),
                            "---\nname: " + call.target() + "\n---\n", "Create partial " + call.target());
            case INCLUDE, IMPORT, EXTENDS -> new NewTemplate(folder.resolve(call.target()),
                    "{# " + switch (call.kind()) {
                        case INCLUDE -> "Included by " + prompt.name() + ": it sees the variables of the template that includes it.";
                        case IMPORT -> "Imported by " + prompt.name() + ": define the macros it imports here.";
                        default -> "Extended by " + prompt.name() + ": define the blocks it overrides here.";
                    } + " #}\n", "Create template " + call.target());
            default -> null;
        };
        if (template == null) {
            return;
        }
        URI uri = template.file().normalize().toUri();
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        changes.add(Either.forRight(new CreateFile(uri.toString(), new CreateFileOptions(false, true))));
        if (!template.content().isEmpty()) {
            TextEdit insert = new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), template.content());
            List<Either<TextEdit, SnippetTextEdit>> edits = List.of(Either.forLeft(insert));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri.toString(), null), edits)));
        }
        WorkspaceEdit edit = new WorkspaceEdit();
        edit.setDocumentChanges(changes);
        actions.add(action(template.title(), edit, diagnostic, false));
    }

    /** dotprompt's {@code _name.prompt} beside the prompt, declaring in its Picoschema each argument the call passes by name. */
    private static NewTemplate dotpromptPartial(Path folder, Call call) {
        int slash = call.target().lastIndexOf('/');
        Path file = folder.resolve(call.target().substring(0, slash + 1) + "_" + call.target().substring(slash + 1) + ".prompt");
        List<String> names = argumentNames(call);
        StringBuilder content = new StringBuilder();
        if (!names.isEmpty()) {
            content.append("---\ninput:\n  schema:\n");
            names.forEach(name -> content.append("    ").append(name).append(": string\n"));
            content.append("---\n");
        }
        names.forEach(name -> content.append("{{").append(name).append("}}\n"));
        return new NewTemplate(file, content.toString(), "Create partial " + file.getFileName());
    }

    /**
     * A SASE xprompt {@code name.md} beside the prompt, with an input for each argument the call passes
     * (positional ones named {@code arg1}, {@code arg2}, … by their place), typed by the literal given.
     */
    private static NewTemplate xprompt(Path folder, Call call) {
        if (call.target().contains(".")) {
            return null;
        }
        Path file = folder.resolve(call.target() + ".md");
        StringBuilder inputs = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int position = 0;
        for (Argument argument : call.arguments()) {
            position++;
            String name = argument.name() != null ? argument.name() : "arg" + position;
            String type = argument.literal() == null ? "line" : switch (argument.literal()) {
                case "int" -> "int";
                case "float" -> "float";
                case "bool" -> "bool";
                default -> argument.value().contains("\n") ? "text" : "line";
            };
            inputs.append("  ").append(name).append(": ").append(type).append('\n');
            body.append("{{ ").append(name).append(" }}\n");
        }
        String content = "---\nname: " + call.target() + "\n" + (inputs.isEmpty() ? "" : "input:\n" + inputs) + "---\n" + body;
        return new NewTemplate(file, content, "Create xprompt " + file.getFileName());
    }

    private static List<String> argumentNames(Call call) {
        List<String> names = new ArrayList<>();
        for (Argument argument : call.arguments()) {
            if (argument.name() != null) {
                names.add(argument.name());
            }
        }
        return names;
    }

    private static Call callAt(Prompt prompt, Span span) {
        for (Call call : prompt.template().calls()) {
            if (call.targetSpan().equals(span)) {
                return call;
            }
        }
        return null;
    }

    private static CodeAction action(String title, WorkspaceEdit edit, Diagnostic diagnostic, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setEdit(edit);
        action.setIsPreferred(preferred);
        if (diagnostic != null) {
            action.setDiagnostics(List.of(diagnostic));
        }
        return action;
    }

    /** The findings of a prompt file under the current settings. */
    public static List<Finding> findings(FeatureContext context, URI uri) {
        var specSet = context.workspace().specSetOf(uri);
        return specSet == null ? List.of() : context.analysis().findings(specSet).getOrDefault(uri, List.of());
    }
}
