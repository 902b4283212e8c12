package dev.specls.features.prompt;

import dev.specls.check.prompt.Signature;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Argument;
import dev.specls.syntax.prompt.TemplateBody.Block;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateBody.Macro;
import dev.specls.syntax.prompt.TemplateBody.Token;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outline, folds, tokens and inlay hints of a prompt template, as spans for the feature classes to encode. */
public final class PromptStructure {

    public enum SymbolKind { INPUT, MACRO, BLOCK, REFERENCE }

    /** One outline entry below the Markdown headings. */
    public record Symbol(String name, String detail, SymbolKind kind, Span range, Span selection) {
    }

    /** An inlay hint: the text shown at an offset, and the declaration it comes from. */
    public record Hint(int offset, String label, Prompt declaredIn, Span declaration) {
    }

    private PromptStructure() {
    }

    public static List<Symbol> symbols(Prompt prompt) {
        PromptTemplate template = prompt.template();
        List<Symbol> symbols = new ArrayList<>();
        for (PromptInput input : template.inputs().inputs()) {
            symbols.add(new Symbol(input.name(), input.type(), SymbolKind.INPUT, input.span(), input.nameSpan()));
        }
        for (Macro macro : template.body().macros()) {
            symbols.add(new Symbol(macro.name(), "macro", SymbolKind.MACRO, macro.span(), macro.nameSpan()));
        }
        for (Block block : template.body().blocks()) {
            if (block.keyword().equals("block") || block.keyword().equals("each") || block.keyword().equals("for")) {
                symbols.add(new Symbol(block.open().of(prompt.file().text()), null, SymbolKind.BLOCK, block.whole(), block.open()));
            }
        }
        for (Call call : template.calls()) {
            if (call.kind() != CallKind.MACRO) {
                symbols.add(new Symbol(call.target(), call.kind().name().toLowerCase(), SymbolKind.REFERENCE, call.span(), call.targetSpan()));
            }
        }
        symbols.sort((a, b) -> a.range().compareTo(b.range()));
        return symbols;
    }

    /** The frontmatter and every block that closes. */
    public static List<Span> folds(Prompt prompt) {
        List<Span> folds = new ArrayList<>();
        PromptTemplate template = prompt.template();
        if (template.frontmatter() != null) {
            folds.add(template.frontmatter().span());
        }
        for (Block block : template.body().blocks()) {
            if (block.close() != null) {
                folds.add(new Span(block.open().start(), block.close().start()));
            }
        }
        return folds;
    }

    public static List<Token> tokens(Prompt prompt) {
        return prompt.template().body().tokens();
    }

    /** At each call, the defaults of the inputs it leaves to them: {@code mode=normal}. */
    public static List<Hint> hints(PromptLibrary library, Prompt prompt, Span window) {
        List<Hint> hints = new ArrayList<>();
        for (Call call : prompt.template().calls()) {
            if (!window.touches(call.argumentsEnd())) {
                continue;
            }
            Signature signature = Signature.of(library, prompt, call);
            if (signature == null) {
                continue;
            }
            Map<Argument, PromptInput> bound = signature.bind(call.arguments());
            Prompt declaredIn = call.kind() == CallKind.MACRO ? prompt : library.resolve(prompt, call).prompt();
            for (PromptInput parameter : signature.parameters()) {
                if (parameter.defaultValue() != null && !bound.containsValue(parameter)) {
                    hints.add(new Hint(call.argumentsEnd(), parameter.name() + "=" + parameter.defaultValue(), declaredIn, parameter.nameSpan()));
                }
            }
        }
        return hints;
    }
}
