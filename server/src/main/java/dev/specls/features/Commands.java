package dev.specls.features;

import java.util.List;

/** Commands the server executes for clients ({@code workspace/executeCommand}). */
public final class Commands {

    /** Returns the Mermaid flowchart of the plan of the file given as the first argument (a URI string). */
    public static final String SHOW_GRAPH = "specls.showGraph";

    public static final List<String> ALL = List.of(SHOW_GRAPH);

    private Commands() {
    }

    public static Object execute(FeatureContext context, String command, List<Object> arguments) {
    // placeholder: implemented with the feature
        return null;
    }
}
