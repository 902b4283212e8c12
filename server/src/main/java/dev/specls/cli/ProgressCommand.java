package dev.specls.cli;

import dev.specls.features.progress.Progress;
import dev.specls.features.progress.Progresses;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** {@code specls ready} and {@code specls status}: the ready set and the progress of every spec set in the paths, every format alike. */
final class ProgressCommand {

    private ProgressCommand() {
    }

    static int run(Arguments arguments, Path currentFolder, PrintStream out, PrintStream err) throws NoSuchFileException, NothingToCheckException {
        Workspace workspace = WorkspaceLoader.load(arguments, currentFolder, err).workspace();
        Function<URI, String> display = uri -> DisplayPath.of(uri, currentFolder);
        List<Progress> progresses = new ArrayList<>();
        for (SpecSet specSet : workspace.specSets()) {
            SpecTree tree = SpecTrees.of(specSet);
            Progress progress = null;
            if (tree != null) {
                progress = Progresses.of(tree, display.apply(Uris.of(tree.root())), display);
            } else if (specSet.sagoPlan() && specSet.plan().snapshot().utf8Error() == null) {
                progress = Progresses.of(specSet, display.apply(specSet.planUri()), display);
            }
            if (progress != null && progress.total() > 0) {
                progresses.add(progress);
            }
        }
        progresses.sort(Comparator.comparing(Progress::path));
        out.print(arguments.command() == Arguments.Command.READY
                ? arguments.progressFormat().ready(progresses)
                : arguments.progressFormat().status(progresses, arguments.detail()));
        return CommandLine.EXIT_OK;
    }
}
