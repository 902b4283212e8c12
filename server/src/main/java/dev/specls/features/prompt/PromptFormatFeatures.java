package dev.specls.features.prompt;

import dev.specls.features.DocumentSymbols;
import dev.specls.features.FeatureContext;
import dev.specls.features.FormatFeatures;
import dev.specls.features.SemanticTokensProvider;
import dev.specls.syntax.prompt.TemplateBody.TokenKind;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary.Prompt;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.SymbolKind;

/** What prompt templates add to the outline, folding, semantic tokens and hover, through the formats table. */
public final class PromptFormatFeatures implements FormatFeatures {

    public static final PromptFormatFeatures INSTANCE = new PromptFormatFeatures();

    private PromptFormatFeatures() {
    }

    @Override
    public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
        List<DocumentSymbols.Node> nodes = new ArrayList<>();
        Prompt prompt = PromptFeatures.prompt(outline.context(), outline.file().uri());
        if (prompt == null) {
            return nodes;
        }
        for (PromptStructure.Symbol symbol : PromptStructure.symbols(prompt)) {
            outline.context().cancellation().checkCanceled();
            SymbolKind kind = switch (symbol.kind()) {
                case INPUT -> SymbolKind.Variable;
                case MACRO -> SymbolKind.Function;
                case BLOCK -> SymbolKind.Struct;
                case REFERENCE -> SymbolKind.File;
            };
            nodes.add(outline.node(DocumentSymbols.oneLine(symbol.name()), symbol.detail(), kind, symbol.range(), symbol.selection()));
        }
        return nodes;
    }

    @Override
    public void semanticTokens(FeatureContext context, SourceFile file, List<SemanticTokensProvider.Token> into) {
        Prompt prompt = PromptFeatures.prompt(context, file.uri());
        if (prompt != null) {
            for (int[] token : PromptFeatures.tokens(prompt, new Span(0, file.text().length()), PromptFormatFeatures::typeOf)) {
                into.add(new SemanticTokensProvider.Token(new Span(token[0], token[1]), token[2], 0));
            }
        }
    }

    @Override
    public List<FoldingRange> foldingRanges(FeatureContext context, SourceFile file) {
        List<FoldingRange> ranges = new ArrayList<>();
        Prompt prompt = PromptFeatures.prompt(context, file.uri());
        if (prompt == null) {
            return ranges;
        }
        for (Span fold : PromptStructure.folds(prompt)) {
            int start = file.lineIndex().lineOf(fold.start());
            int end = file.lineIndex().lineOf(Math.max(fold.start(), fold.end() - 1));
            if (end > start) {
                FoldingRange range = new FoldingRange(start, end);
                range.setKind(FoldingRangeKind.Region);
                ranges.add(range);
            }
        }
        return ranges;
    }

    @Override
    public Hover hover(FeatureContext context, SourceFile file, int offset) {
        Prompt prompt = PromptFeatures.prompt(context, file.uri());
        return prompt == null ? null : PromptFeatures.hover(context, prompt, offset);
    }

    /** Template delimiters and operators keep the grammar's colours: they get no token. */
    private static int typeOf(TokenKind kind) {
        return switch (kind) {
            case VARIABLE -> SemanticTokensProvider.VARIABLE;
            case PROPERTY -> SemanticTokensProvider.PROPERTY;
            case PARAMETER -> SemanticTokensProvider.PARAMETER;
            case FUNCTION -> SemanticTokensProvider.FUNCTION;
            case MACRO -> SemanticTokensProvider.MACRO;
            case STRING -> SemanticTokensProvider.STRING;
            case NUMBER -> SemanticTokensProvider.NUMBER;
            case KEYWORD -> SemanticTokensProvider.KEYWORD;
            case COMMENT -> SemanticTokensProvider.COMMENT;
            case REFERENCE -> SemanticTokensProvider.ENUM_MEMBER;
            case DELIMITER, OPERATOR -> -1;
        };
    }
}
