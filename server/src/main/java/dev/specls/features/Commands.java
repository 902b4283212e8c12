package dev.specls.features;

import dev.specls.features.graph.GraphDrawing;
import dev.specls.features.prompt.PromptPreview;
import dev.specls.features.graph.GraphPlans;
import dev.specls.features.graph.MermaidGraph;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.List;

/** Commands the server executes for clients ({@code workspace/executeCommand}). */
public final class Commands {

    /** Returns the Mermaid flowchart of the plan of the file given as the first argument (a URI string). */
    public static final String SHOW_GRAPH = "specls.showGraph";

    /**
     * Renders the prompt template given as the first argument (a URI string) with its defaults, overridden by
     * the optional second argument (an object of input values); returns {@code {text, diagnostics}}.
     */
    public static final String RENDER_PROMPT = "specls.renderPrompt";

    public static final List<String> ALL = List.of(SHOW_GRAPH, RENDER_PROMPT);

    private Commands() {
    }

    /**
     * Runs a command. Refuses, with a message for the user, an unknown command, a missing or malformed
     * argument, and a file that belongs to no spec set with a plan.
     */
    public static Object execute(FeatureContext context, String command, List<Object> arguments) {
        if (SHOW_GRAPH.equals(command)) {
            return showGraph(context, arguments == null ? List.of() : arguments);
        }
        if (RENDER_PROMPT.equals(command)) {
            return PromptPreview.render(context, arguments == null ? List.of() : arguments);
        }
        throw new FeatureException("unknown command: " + command + " (known: " + String.join(", ", ALL) + ")");
    }

    /**
     * The same flowchart as {@code specls graph --format mermaid} prints for that one plan: the spec set of a
     * PLAN.md, REQUIREMENTS.md or STATE.md, at the versions the editor holds (unsaved changes included).
     */
    private static String showGraph(FeatureContext context, List<Object> arguments) {
        URI uri = uriArgument(arguments);
        SpecSet specSet = context.workspace().specSetOf(uri);
        if (specSet == null || specSet.plan() == null) {
            throw new FeatureException(SHOW_GRAPH + ": no plan found for " + uri
                    + " (open a PLAN.md, or a REQUIREMENTS.md or STATE.md beside one)");
        }
        context.cancellation().checkCanceled();
        String file = fileName(specSet.plan().uri());
        return MermaidGraph.render(GraphDrawing.of(List.of(GraphPlans.of(specSet, file))));
    }

    private static URI uriArgument(List<Object> arguments) {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof String text) || text.isBlank()) {
            throw new FeatureException(SHOW_GRAPH + " expects one argument, the URI of a plan, requirements or state file as a string");
        }
        try {
            URI uri = new URI(text.trim());
            if (!uri.isAbsolute()) {
                throw new FeatureException(SHOW_GRAPH + ": not an absolute file URI: " + text);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new FeatureException(SHOW_GRAPH + ": not a URI: " + text);
        }
    }

    private static String fileName(URI uri) {
        String path = uri.getPath();
        if (path == null) {
            return uri.toString();
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
