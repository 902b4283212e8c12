package dev.specls.cli;

import dev.specls.config.Settings;
import dev.specls.workspace.Workspace;
import java.io.PrintStream;
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
     * empty result. Problems in {@code .specls.toml} go to stderr and never stop the run.
     */
    static Workspace load(List<Path> paths, Path currentFolder, PrintStream err) throws NoSuchFileException {
        for (Path path : paths) {
            if (!Files.exists(currentFolder.resolve(path))) {
                throw new NoSuchFileException(path.toString());
            }
        }
        Settings settings = loadSettingsFile(currentFolder);
        settings.problems().forEach(problem -> err.println("specls: .specls.toml: " + problem));
        Workspace workspace = new Workspace(settings);
        for (Path path : paths) {
            Path absolute = currentFolder.resolve(path).toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                workspace.addFolder(absolute);
            } else {
                workspace.addFile(absolute);
            }
        }
        return workspace;
    }

    /**
     * Wired after the merge with the workspace branch, as {@code return SettingsLoader.load(currentFolder);}.
     * Until then this branch has no settings reader.
     */
    private static Settings loadSettingsFile(Path currentFolder) {
        throw new UnsupportedOperationException("reading .specls.toml needs config.SettingsLoader");
    }
}
