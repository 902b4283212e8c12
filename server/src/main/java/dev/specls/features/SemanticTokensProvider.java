package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/** Semantic tokens for task ids, references, requirement ids and plan elements. */
public final class SemanticTokensProvider {

    public static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(List.of(), List.of());

    private SemanticTokensProvider() {
    }

    public static SemanticTokens full(FeatureContext context, URI uri) {
    // placeholder: implemented with the feature
        return new SemanticTokens(List.of());
    }

    public static SemanticTokens range(FeatureContext context, URI uri, Range range) {
    // placeholder: implemented with the feature
        return new SemanticTokens(List.of());
    }
}
