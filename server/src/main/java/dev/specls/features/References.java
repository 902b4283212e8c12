package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/** Find references and document highlight of the task or requirement id under the cursor. */
public final class References {

    private References() {
    }

    public static List<Location> references(FeatureContext context, URI uri, Position position, boolean includeDeclaration) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<DocumentHighlight> highlights(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
