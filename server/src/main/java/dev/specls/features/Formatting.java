package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;

/** Formats a plan's XML block: indentation and canonical child order, never content or ids. */
public final class Formatting {

    private Formatting() {
    }

    public static List<TextEdit> format(FeatureContext context, URI uri, FormattingOptions options) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
