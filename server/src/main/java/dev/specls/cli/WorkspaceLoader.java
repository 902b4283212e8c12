package dev.specls.cli;

import dev.specls.config.SettingsLoader;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads what {@code check} and {@code graph} work on: the given paths, with the settings of the current folder. */
final class WorkspaceLoader {

    private WorkspaceLoader() {
    }

    /**
     * Every path must exist, checked before anything is read, so a typo is reported by name and not as an
     * empty result. Problems with {@code .specls.toml} or with reading a file go to stderr and never stop the run.
     * A named folder is a workspace root, read even when reached through a link, below which no link is
     * followed; a named file that specls will not read (a link, a device) stops the run, as a missing one does.
     */
    static Workspace load(List<Path> paths, Path currentFolder, PrintStream err) throws NoSuchFileException {
        for (Path path : paths) {
            if (!Files.exists(currentFolder.resolve(path))) {
                throw new NoSuchFileException(path.toString());
            }
        }
        Workspace workspace = new Workspace(SettingsLoader.load(currentFolder));
        for (Path path : paths) {
            Path absolute = currentFolder.resolve(path).toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                workspace.addFolder(absolute);
            } else if (workspace.addFile(absolute) == null && workspace.unreadFiles().containsKey(Uris.of(absolute))) {
                throw new UncheckedIOException(new IOException(path + ": it " + workspace.unreadFiles().get(Uris.of(absolute))));
            }
        }
        workspace.problems().forEach(problem -> err.println("specls: " + problem));
        return workspace;
    }
}
