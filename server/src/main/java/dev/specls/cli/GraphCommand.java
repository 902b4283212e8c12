package dev.specls.cli;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** {@code specls graph}: the task graph of every plan in the paths. */
final class GraphCommand {

    /** What the plan graph and STATE.md say about a task, beyond its own text. */
    record TaskSchedule(List<String> implicitDependsOn, int layer, String status) {
    }

    private GraphCommand() {
    }

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err) throws NoSuchFileException {
        Workspace workspace = WorkspaceLoader.load(arguments.paths(), currentFolder, err);
        List<GraphPlan> plans = workspace.specSets().stream()
                .filter(specSet -> specSet.plan() != null)
                .map(specSet -> plan(specSet, currentFolder))
                .sorted(Comparator.comparing(GraphPlan::file))
                .toList();
        out.print(arguments.graphFormat().render(plans));
        return Main.EXIT_OK;
    }

    private static GraphPlan plan(SpecSet specSet, Path currentFolder) {
        List<GraphPhase> phases = specSet.plan().plan().phases().stream()
                .map(phase -> phase(specSet, phase))
                .toList();
        return new GraphPlan(DisplayPath.of(specSet.plan().uri(), currentFolder), phases);
    }

    private static GraphPhase phase(SpecSet specSet, Phase phase) {
        return new GraphPhase(phase.name(), phase.tasks().stream().map(task -> task(specSet, task)).toList());
    }

    private static GraphTask task(SpecSet specSet, Task task) {
        TaskSchedule schedule = scheduleOf(specSet, task);
        return new GraphTask(task.id(), task.nameText(), values(task.dependsOn()), schedule.implicitDependsOn(),
                values(task.files()), task.verifyText(), task.doneText(), schedule.layer(), schedule.status());
    }

    private static TaskSchedule scheduleOf(SpecSet specSet, Task task) {
        PlanGraph graph = specSet.graph();
        return new TaskSchedule(graph.implicitDependencies(task).stream().map(Task::id).toList(), graph.layer(task), specSet.status(task));
    }

    private static List<String> values(List<Ref> refs) {
        return refs.stream().map(Ref::value).toList();
    }
}
