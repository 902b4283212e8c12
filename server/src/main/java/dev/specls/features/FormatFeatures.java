package dev.specls.features;

import dev.specls.features.completion.CompletionRequest;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.SymbolKind;

/**
 * What one format adds to the editor features for its own files. Every method has a default that adds
 * nothing, so a format implements only what it has. The features that work on every file (the Markdown
 * outline and folding, task and requirement ids through the spec set's symbol index, quick fixes of the
 * findings) need nothing here.
 */
public interface FormatFeatures {

    /** A format that adds nothing. */
    FormatFeatures NONE = new FormatFeatures() {
    };

    /** Adds the completion items at the request's offset ({@link CompletionRequest#add}). */
    default void complete(CompletionRequest request) {
    }

    /**
     * The file's own outline entries; the outline places each under the innermost Markdown heading
     * whose section holds it. Make them with {@link DocumentSymbols.Outline#node}.
     */
    default List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
        return List.of();
    }

    /** The symbol kind of the file's Markdown headings in the outline. */
    default SymbolKind headingKind() {
        return SymbolKind.String;
    }

    /** Folding ranges beside the Markdown headings and literal blocks; a range starting on a line already folded is dropped. */
    default List<FoldingRange> foldingRanges(FeatureContext context, SourceFile file) {
        return List.of();
    }

    /** Adds semantic tokens of the file (any order; overlapping ones are dropped) beside the ids of the symbol index. */
    default void semanticTokens(FeatureContext context, SourceFile file, List<SemanticTokensProvider.Token> into) {
    }

    /** The hover at the offset, or {@code null} to leave it to the hover of task and requirement ids. */
    default Hover hover(FeatureContext context, SourceFile file, int offset) {
        return null;
    }
}
