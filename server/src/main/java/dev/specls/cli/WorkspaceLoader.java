package dev.specls.cli;

import dev.specls.config.ConfigDiscovery;
import dev.specls.config.FileSettings;
import dev.specls.config.RootedGlob;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.syntax.FileKind;
import dev.specls.workspace.FileFormat;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Uris;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads what {@code check} and {@code graph} work on: the given paths, each file with the settings of
 * its nearest {@code .specls.toml}, under the command line's {@code --exclude} and {@code --no-ignore}.
 */
final class WorkspaceLoader {

    /** What the kinds specls recognises but does not check are called, one and many, in the order messages list them. */
    private static final Map<FileKind, List<String>> UNCHECKED_KIND_NAMES = orderedNames();

    private static Map<FileKind, List<String>> orderedNames() {
        Map<FileKind, List<String>> names = new LinkedHashMap<>();
        names.put(FileKind.PROJECT, List.of("PROJECT.md", "PROJECT.md files"));
        return Collections.unmodifiableMap(names);
    }

    /**
     * @param workspace      every file read
     * @param configurations the settings of every configuration file that applies, each once
     */
    record Loaded(Workspace workspace, List<Settings> configurations) {
    }

    private WorkspaceLoader() {
    }

    /**
     * Every path must exist, checked before anything is read, so a typo is reported by name and not as an
     * empty result; every path must then hold a spec file, unless {@code --allow-empty}. Problems with a
     * {@code .specls.toml} or with reading a file go to stderr and never stop the run. A named folder is a
     * workspace root, read even when reached through a link, below which no link is followed; a named file
     * that specls will not read (a link, a device) stops the run, as a missing one does.
     *
     * @throws NothingToCheckException when a path holds no spec file, naming each such path
     */
    static Loaded load(Arguments arguments, Path currentFolder, PrintStream err) throws NoSuchFileException, NothingToCheckException {
        for (Path path : arguments.paths()) {
            if (!Files.exists(currentFolder.resolve(path))) {
                throw new NoSuchFileException(path.toString());
            }
        }
        Path base = currentFolder.toAbsolutePath().normalize();
        ConfigDiscovery settings = new ConfigDiscovery(commandLine(arguments.reading(), base),
                file -> DisplayPath.of(Uris.of(file), currentFolder), Formats.BUILT_IN.fileKindNames());
        Workspace workspace = Formats.BUILT_IN.newWorkspace(settings);
        List<String> empty = new ArrayList<>();
        for (Path path : arguments.paths()) {
            Path absolute = currentFolder.resolve(path).toAbsolutePath().normalize();
            Workspace.ScanSummary skipped = Files.isDirectory(absolute) ? workspace.addFolder(absolute) : null;
            if (skipped == null && workspace.addFile(absolute) == null && workspace.unreadFiles().containsKey(Uris.of(absolute))) {
                // Named, it stops the run as a missing file does: a link or a device is no file to check.
                throw new UncheckedIOException(new IOException(path + ": it " + workspace.unreadFiles().get(Uris.of(absolute))));
            }
            String problem = nothingToCheck(workspace, path, absolute, skipped);
            if (problem != null) {
                empty.add(problem);
            }
        }
        workspace.problems().forEach(problem -> err.println("specls: " + problem));
        List<Settings> configurations = settings.takeNewlyRead();
        configurations.forEach(configuration -> configuration.problems().forEach(problem -> err.println("specls: " + problem)));
        if (!empty.isEmpty() && !arguments.reading().allowEmpty()) {
            throw new NothingToCheckException(empty);
        }
        return new Loaded(workspace, configurations);
    }

    /** The command line's excludes, after each file's, and its {@code --no-ignore}, over every folder's settings. */
    private static UnaryOperator<Settings> commandLine(Arguments.Reading reading, Path currentFolder) {
        if (reading.excludes().isEmpty() && !reading.noIgnore()) {
            return UnaryOperator.identity();
        }
        return settings -> {
            FileSettings files = settings.files();
            List<RootedGlob> exclude = new ArrayList<>(files.exclude());
            reading.excludes().forEach(pattern -> exclude.add(new RootedGlob(pattern, currentFolder)));
            return settings.withFiles(new FileSettings(files.kinds(), files.planByContent(), List.copyOf(exclude),
                    files.respectGitignore() && !reading.noIgnore()));
        };
    }

    /** True for the kinds that {@code check} checks, those its spec sets group: a path must hold one of them unless {@code --allow-empty}. */
    private static boolean checked(FileKind kind) {
        FileFormat format = Formats.BUILT_IN.files().of(kind);
        return format != null && format.layout() != null;
    }

    /** Why the path gives {@code check} nothing to check, or {@code null} when it holds a spec file. */
    private static String nothingToCheck(Workspace workspace, Path path, Path absolute, Workspace.ScanSummary skipped) {
        Map<FileKind, Integer> kinds = new HashMap<>();
        for (SourceFile file : workspace.files()) {
            Path filePath = Uris.toPath(file.uri());
            if (filePath != null && filePath.startsWith(absolute)) {
                kinds.merge(file.kind(), 1, Integer::sum);
            }
        }
        if (kinds.keySet().stream().anyMatch(WorkspaceLoader::checked)) {
            return null;
        }
        // A spec file that could not be read is there to check: its workspace/unread-file finding says why it was not.
        for (URI unread : workspace.unreadFiles().keySet()) {
            Path unreadPath = Uris.toPath(unread);
            if (unreadPath != null && unreadPath.startsWith(absolute)) {
                return null;
            }
        }
        StringBuilder message = new StringBuilder();
        if (skipped == null) {
            message.append(path).append(" is not a spec file: specls reads PLAN.md, REQUIREMENTS.md, STATE.md, the Spec Kit, Kiro, Saga, GSD")
                    .append(" and specpilot files docs/formats.md lists, the files that")
                    .append(" [files] globs in .specls.toml select, and a Markdown file named here that holds a <phases> block");
        } else {
            message.append("no spec file in ").append(path).append(": specls looks for PLAN.md, REQUIREMENTS.md, STATE.md, the Spec Kit, Kiro,")
                    .append(" Saga, GSD and specpilot files docs/formats.md lists, and the files that [files] globs in .specls.toml select");
            List<String> unchecked = new ArrayList<>();
            UNCHECKED_KIND_NAMES.forEach((kind, names) -> {
                int count = kinds.getOrDefault(kind, 0);
                if (count > 0) {
                    unchecked.add(count + " " + names.get(count == 1 ? 0 : 1));
                }
            });
            if (!unchecked.isEmpty()) {
                message.append("; it holds ").append(String.join(" and ", unchecked)).append(", which specls does not check");
            }
            if (skipped.folders() + skipped.files() > 0) {
                message.append("; ").append(counted(skipped.folders(), "folder", "folders")).append(" and ")
                        .append(counted(skipped.files(), "spec file", "spec files"))
                        .append(" in it are left out by exclude patterns or .gitignore (--no-ignore reads the gitignored ones)");
            }
        }
        return message.append("; pass --allow-empty to accept a path without one").toString();
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
