package dev.specls.features;

import dev.specls.features.completion.CompletionRequest;
import dev.specls.features.completion.PlanCompletion;
import dev.specls.features.completion.StateCompletion;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.SymbolKind;

/** The features of sago's three files: PLAN.md, REQUIREMENTS.md and STATE.md. */
public final class SagoFeatures {

    public static final FormatFeatures PLAN = new FormatFeatures() {
        @Override
        public void complete(CompletionRequest request) {
            PlanCompletion.complete(request);
        }

        @Override
        public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
            return outline.file().plan() == null ? List.of() : DocumentSymbols.planSymbols(outline, outline.file().plan(), specSet);
        }

        @Override
        public List<FoldingRange> foldingRanges(FeatureContext context, SourceFile file) {
            return file.plan() == null ? List.of() : Folding.planRanges(context, file);
        }

        @Override
        public void semanticTokens(FeatureContext context, SourceFile file, List<SemanticTokensProvider.Token> into) {
            if (file.plan() != null) {
                SemanticTokensProvider.planTokens(context, file.plan(), file.text(), into);
            }
        }
    };

    /** REQUIREMENTS.md and STATE.md: their headings are sections that hold the entries, so they are namespaces. */
    private abstract static class SectionedFile implements FormatFeatures {
        @Override
        public SymbolKind headingKind() {
            return SymbolKind.Namespace;
        }
    }

    public static final FormatFeatures REQUIREMENTS = new SectionedFile() {
        @Override
        public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
            SourceFile file = outline.file();
            return file.requirements() == null ? List.of() : DocumentSymbols.requirementSymbols(outline, file.requirements().requirements());
        }
    };

    public static final FormatFeatures STATE = new SectionedFile() {
        @Override
        public void complete(CompletionRequest request) {
            StateCompletion.complete(request);
        }

        @Override
        public List<DocumentSymbols.Node> symbols(DocumentSymbols.Outline outline, SpecSet specSet) {
            SourceFile file = outline.file();
            return file.state() == null ? List.of() : DocumentSymbols.stateSymbols(outline, file.state().entries(), file.state().fields());
        }

        @Override
        public void semanticTokens(FeatureContext context, SourceFile file, List<SemanticTokensProvider.Token> into) {
            if (file.state() != null) {
                SemanticTokensProvider.stateTokens(context, file.state(), into);
            }
        }
    };

    private SagoFeatures() {
    }
}
