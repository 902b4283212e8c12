package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.WorkspaceSymbol;

/** The outline of one file and fuzzy symbol search across the workspace. */
public final class DocumentSymbols {

    private DocumentSymbols() {
    }

    public static List<DocumentSymbol> outline(FeatureContext context, URI uri) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<WorkspaceSymbol> search(FeatureContext context, String query) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
