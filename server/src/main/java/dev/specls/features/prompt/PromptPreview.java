package dev.specls.features.prompt;

import dev.specls.features.FeatureContext;
import dev.specls.features.FeatureException;
import dev.specls.features.Positions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** The {@code specls.renderPrompt} command: the rendered text and the engine's errors as diagnostics of the template. */
public final class PromptPreview {

    /** The code of a render error in the command's diagnostics. */
    public static final String RENDER_ERROR = "prompt/render-error";

    private PromptPreview() {
    }

    public static Map<String, Object> render(FeatureContext context, List<Object> arguments) {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof String text) || text.isBlank()) {
            throw new FeatureException("specls.renderPrompt expects the URI of a prompt template as a string, then optionally an object of input values");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new FeatureException("specls.renderPrompt: not a URI: " + text);
        }
        var prompt = PromptFeatures.require(context, uri, "specls.renderPrompt");
        Map<String, Object> given = new LinkedHashMap<>();
        if (arguments.size() > 1 && arguments.get(1) instanceof Map<?, ?> values) {
            values.forEach((key, value) -> given.put(String.valueOf(key), value));
        }
        PromptRender.Rendered rendered = PromptRender.render(PromptFeatures.library(context), prompt, given);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (PromptRender.Problem problem : rendered.problems()) {
            diagnostics.add(new Diagnostic(Positions.range(prompt.file(), problem.span(), context.encoding()), problem.message(),
                    DiagnosticSeverity.Error, "specls", RENDER_ERROR));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", rendered.text());
        result.put("diagnostics", diagnostics);
        return result;
    }
}
