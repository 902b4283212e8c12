package dev.specls.features;

import java.net.URI;
import org.eclipse.lsp4j.CodeAction;

/** The source action "Sort tasks by dependency order". */
public final class SortTasks {

    public static final String KIND = "source.sortTasks";

    private SortTasks() {
    }

    /** The action for the plan at {@code uri}, or {@code null} when the plan cannot be sorted or is sorted already. */
    public static CodeAction action(FeatureContext context, URI uri) {
    // placeholder: implemented with the feature
        return null;
    }
}
