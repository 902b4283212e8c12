package dev.specls.cli;

import dev.specls.features.graph.GraphPlan;
import dev.specls.features.graph.GraphPlans;
import dev.specls.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** {@code specls graph}: the task graph of every plan in the paths. */
final class GraphCommand {

    private GraphCommand() {
    }

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err)
            throws NoSuchFileException, NothingToCheckException {
        Workspace workspace = WorkspaceLoader.load(arguments, currentFolder, err).workspace();
        List<GraphPlan> plans = workspace.specSets().stream()
                .filter(specSet -> specSet.plan() != null)
                .map(specSet -> GraphPlans.of(specSet, DisplayPath.of(specSet.plan().uri(), currentFolder)))
                .sorted(Comparator.comparing(GraphPlan::file))
                .toList();
        out.print(arguments.graphFormat().render(plans));
        return CommandLine.EXIT_OK;
    }
}
