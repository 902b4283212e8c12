package dev.specls.features.graph;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * A spec set's plan as the graph outputs draw it: what {@code specls graph} prints and what the editor's
 * "show graph" command renders, built in one place so both always agree.
 */
public final class GraphPlans {

    private GraphPlans() {
    }

    /** The plan of a spec set that has one, labelled {@code file}; tasks carry their STATE.md status. */
    public static GraphPlan of(SpecSet specSet, String file) {
        List<GraphPhase> phases = specSet.planDocument().phases().stream()
                .map(phase -> phase(specSet, phase))
                .toList();
        return new GraphPlan(file, phases);
    }

    private static GraphPhase phase(SpecSet specSet, Phase phase) {
        return new GraphPhase(phase.name(), phase.tasks().stream().map(task -> task(specSet, task)).toList());
    }

    private static GraphTask task(SpecSet specSet, Task task) {
        PlanGraph graph = specSet.graph();
        return new GraphTask(task.id(), task.nameText(), values(task.dependsOn()),
                graph.implicitDependencies(task).stream().map(Task::id).toList(),
                values(task.files()), task.verifyText(), task.doneText(), graph.layer(task), specSet.status(task));
    }

    private static List<String> values(List<Ref> refs) {
        return refs.stream().map(Ref::value).toList();
    }
}
