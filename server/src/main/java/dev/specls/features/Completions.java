package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;

/** Completion of task ids, requirement ids, file paths, plan elements and attributes, and snippets. */
public final class Completions {

    public static final List<String> TRIGGER_CHARACTERS = List.of("\"", ",", "<", "-", " ");

    private Completions() {
    }

    public static CompletionList complete(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return new CompletionList(false, List.of());
    }
}
