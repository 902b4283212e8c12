package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/** Go to definition: from any reference of a task or requirement id to its declaration. */
public final class Definitions {

    private Definitions() {
    }

    public static List<Location> definition(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
