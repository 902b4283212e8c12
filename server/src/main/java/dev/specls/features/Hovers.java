package dev.specls.features;

import java.net.URI;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

/** Hover cards for task ids, requirement ids and STATE.md lines. */
public final class Hovers {

    private Hovers() {
    }

    public static Hover hover(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return null;
    }
}
