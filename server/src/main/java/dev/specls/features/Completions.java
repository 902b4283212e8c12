package dev.specls.features;

import dev.specls.features.prompt.PromptFeatures;
import dev.specls.features.completion.CompletionRequest;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;

/** Completion of task ids, requirement ids, file paths, plan elements and attributes, and snippets. */
public final class Completions {

    /**
     * {@code "} and {@code ,} open and continue a {@code depends_on} list, {@code <} and {@code /} start and
     * close tags, {@code -} follows a requirement prefix ({@code REQ-}) and separates words of a path.
     */
    public static final List<String> TRIGGER_CHARACTERS = List.of("\"", ",", "<", "-", "/");

    private Completions() {
    }

    public static CompletionList complete(FeatureContext context, URI uri, Position position) {
        SourceFile file = uri == null || position == null ? null : context.workspace().file(uri);
        if (file == null) {
            return new CompletionList(false, List.of());
        }
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return new CompletionList(false, PromptFeatures.completion(context, prompt, position));
        }
        CompletionRequest request = new CompletionRequest(context, file, Positions.offset(file, position, context.encoding()),
                context.workspace().specSetOf(uri));
        context.features().of(file.kind()).complete(request);
        return new CompletionList(request.incomplete(), request.items());
    }
}
