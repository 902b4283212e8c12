package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Range;

/** Inlay hints (task names after depends_on ids) and code lenses (a task's wave, readiness and dependents). */
public final class Annotations {

    private Annotations() {
    }

    public static List<InlayHint> inlayHints(FeatureContext context, URI uri, Range range) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<CodeLens> codeLenses(FeatureContext context, URI uri) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
