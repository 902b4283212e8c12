package dev.specls.features;

import dev.specls.features.graph.GraphPhase;
import dev.specls.features.graph.GraphPlan;
import dev.specls.features.graph.GraphPlans;
import dev.specls.features.graph.GraphTask;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * {@code fixtures/features/sort-tasks}: the source action on the plan ({@code # args: file=…}): "no action",
 * or its title and kind, the edits (ranges {@code line:col-line:col}, 0-based, in the fixture's encoding)
 * with {@code showEdits=true}, the task order per phase and the plan after the edit. Every case also
 * proves that each task keeps its dependency set (explicit plus implicit, as {@code specls graph} lists
 * them) and that the action is not offered again on its own result.
 */
public class SortTasksFixtures implements FixtureRenderer {

    @Override
    public String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args) {
        URI uri = FixtureEdits.uri(args, "PLAN.md");
        CodeAction action = SortTasks.action(context, uri);
        if (action == null) {
            return "no action\n";
        }
        SourceFile file = context.workspace().file(uri);
        List<TextEdit> edits = action.getEdit().getChanges().get(file.uri().toString());
        StringBuilder out = new StringBuilder();
        out.append(action.getTitle()).append(" (").append(action.getKind()).append("), edits: ").append(edits.size()).append('\n');
        if (Boolean.parseBoolean(args.getOrDefault("showEdits", "false"))) {
            out.append(FixtureEdits.edits(edits));
        }
        String sorted = FixtureEdits.apply(context, file, edits);
        FeatureContext after = FixtureEdits.withText(context, uri, sorted);
        Map<String, TreeSet<String>> before = dependencySets(context, uri);
        Map<String, TreeSet<String>> now = dependencySets(after, uri);
        if (!before.equals(now)) {
            throw new AssertionError("dependency sets changed\nbefore: " + before + "\nafter:  " + now + "\n" + sorted);
        }
        if (SortTasks.action(after, uri) != null) {
            throw new AssertionError("the action is offered again on its own result:\n" + sorted);
        }
        for (GraphPhase phase : graph(after, uri).phases()) {
            out.append("order ").append(phase.name()).append(": ")
                    .append(String.join(", ", phase.tasks().stream().map(GraphTask::id).toList())).append('\n');
        }
        out.append("--- sorted\n").append(sorted);
        return sorted.endsWith("\n") ? out.toString() : out.append('\n').toString();
    }

    private static GraphPlan graph(FeatureContext context, URI uri) {
        return GraphPlans.of(context.workspace().specSetOf(uri), "PLAN.md");
    }

    /** Per task id: every id it depends on, explicitly or implicitly. */
    static Map<String, TreeSet<String>> dependencySets(FeatureContext context, URI uri) {
        Map<String, TreeSet<String>> sets = new LinkedHashMap<>();
        for (GraphPhase phase : graph(context, uri).phases()) {
            for (GraphTask task : phase.tasks()) {
                List<String> all = new ArrayList<>(task.dependsOn());
                all.addAll(task.implicitDependsOn());
                sets.put(task.id(), new TreeSet<>(all));
            }
        }
        return sets;
    }
}
