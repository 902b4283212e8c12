package dev.specls.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Finds the {@code .specls.toml} of each folder as ruff finds its configuration: the nearest one,
 * looking in the folder and then in each parent, up to the filesystem root or to the first folder that
 * holds {@code .git} (a repository's root is the last folder looked in). The nearest file replaces the
 * ones above it; a file that wants their settings says {@code extend = "../.specls.toml"}.
 *
 * <p>An overlay (the editor's settings, the command line's options) is laid over every file's settings
 * and over the defaults of folders that have none. Each folder's answer and each file are read once per
 * discovery; the server makes a new discovery when a configuration file changes. Thread-safe.
 */
public final class ConfigDiscovery implements SettingsLookup {

    private static final String GIT = ".git";

    private final UnaryOperator<Settings> overlay;
    private final Function<Path, String> nameOf;
    private final List<String> fileKinds;
    private final Settings withoutFile;
    private final Map<Path, Optional<Path>> nearestByFolder = new HashMap<>();
    private final Map<Path, Settings> byConfigFile = new LinkedHashMap<>();
    private int reported;

    /**
     * @param overlay applied to the settings of every configuration file and to the defaults
     * @param nameOf    how problems name a configuration file to the user (relative to the current folder, say)
     * @param fileKinds the kinds a file's {@code [files]} may give globs to: those the formats table declares
     */
    public ConfigDiscovery(UnaryOperator<Settings> overlay, Function<Path, String> nameOf, List<String> fileKinds) {
        this.overlay = overlay;
        this.nameOf = nameOf;
        this.fileKinds = List.copyOf(fileKinds);
        this.withoutFile = overlay.apply(Settings.defaults());
    }

    @Override
    public synchronized Settings forFolder(Path folder) {
        if (folder == null) {
            return withoutFile;
        }
        Path config = nearestConfigFile(folder.toAbsolutePath().normalize());
        if (config == null) {
            return withoutFile;
        }
        return byConfigFile.computeIfAbsent(config, file -> overlay.apply(SettingsLoader.loadFile(file, nameOf, fileKinds)));
    }

    /** Also, once and before any file's, the settings of folders without a configuration file (the overlay's problems). */
    @Override
    public synchronized List<Settings> takeNewlyRead() {
        List<Settings> all = new ArrayList<>();
        all.add(withoutFile);
        all.addAll(byConfigFile.values());
        List<Settings> fresh = List.copyOf(all.subList(reported, all.size()));
        reported = all.size();
        return fresh;
    }

    /** The nearest {@code .specls.toml} that governs files of {@code folder}, or {@code null}. */
    private Path nearestConfigFile(Path folder) {
        List<Path> unanswered = new ArrayList<>();
        Optional<Path> answer = null;
        for (Path current = folder; current != null; current = current.getParent()) {
            Optional<Path> known = nearestByFolder.get(current);
            if (known != null) {
                answer = known;
                break;
            }
            unanswered.add(current);
            Path candidate = current.resolve(SettingsLoader.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                answer = Optional.of(candidate);
                break;
            }
            if (Files.exists(current.resolve(GIT))) {
                answer = Optional.empty();
                break;
            }
        }
        Optional<Path> found = answer == null ? Optional.empty() : answer;
        unanswered.forEach(visited -> nearestByFolder.put(visited, found));
        return found.orElse(null);
    }
}
