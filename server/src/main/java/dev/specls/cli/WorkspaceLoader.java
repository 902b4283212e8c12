package dev.specls.cli;

import dev.specls.config.Settings;
import dev.specls.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads what {@code check} and {@code graph} work on: the settings of the current folder and the given paths. */
final class WorkspaceLoader {

    private WorkspaceLoader() {
    }

    /** Settings from {@code .specls.toml} in the current folder; what is wrong with them goes to stderr and never stops the run. */
    static Settings settings(Path currentFolder, PrintStream err) {
        Settings settings = loadSettingsFile(currentFolder);
        settings.problems().forEach(problem -> err.println("specls: .specls.toml: " + problem));
        return settings;
    }

    /**
     * Wired after the merge with the workspace branch, as {@code return SettingsLoader.load(currentFolder);}.
     * Until then this branch has no settings reader.
     */
    private static Settings loadSettingsFile(Path currentFolder) {
        throw new UnsupportedOperationException("reading .specls.toml needs config.SettingsLoader");
    }

    /** Every path must exist, checked before anything is read, so a typo is reported by name and not as an empty result. */
    static Workspace load(List<Path> paths, Settings settings) throws NoSuchFileException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
        }
        Workspace workspace = new Workspace(settings);
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                workspace.addFolder(absolute);
            } else {
                workspace.addFile(absolute);
            }
        }
        return workspace;
    }
}
