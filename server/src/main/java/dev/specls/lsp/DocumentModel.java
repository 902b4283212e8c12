package dev.specls.lsp;

import dev.specls.check.Analysis;
import dev.specls.check.Finding;
import dev.specls.config.SettingsLookup;
import dev.specls.features.FeatureProviders;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.WorkspaceView;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the language server needs from the workspace and the checker, and nothing more. The server
 * calls the mutating methods, and applies {@link Mutation}s, from its one document thread only; the
 * {@code prepare…} methods, {@link #file}, {@link #affectedBy}, {@link #check} and {@link #checkAll} may
 * run on any thread at the same time as a mutation.
 */
public interface DocumentModel {

    /**
     * A mutation whose slow part (reading the disk, parsing) is done: applying it is quick. A model that
     * has no slow part keeps the defaults, which do all the work when applied.
     */
    @FunctionalInterface
    interface Mutation {
        void apply();
    }

    default Mutation prepareOpen(URI uri, int version, String languageId, String text) {
        return () -> open(uri, version, languageId, text);
    }

    default Mutation prepareChange(URI uri, int version, String text) {
        return () -> change(uri, version, text);
    }

    default Mutation prepareClose(URI uri) {
        return () -> close(uri);
    }

    default Mutation prepareDiskChanged(URI uri) {
        return () -> diskChanged(uri);
    }

    default Mutation prepareDiskDeleted(URI uri) {
        return () -> diskDeleted(uri);
    }

    default Mutation prepareAddFolder(Path root) {
        return () -> addFolder(root);
    }

    /** The workspace as editor features read it: one snapshot, which later mutations do not change. */
    WorkspaceView view();

    /** The current snapshot with the checker and the findings already made under the current settings. */
    Analysis analysis();

    /** What each format adds to the editor features. */
    FeatureProviders features();

    /**
     * Applies new settings to every folder.
     *
     * @param filesOnDiskChanged a configuration or {@code .gitignore} file changed, so the folders are read again
     */
    void setSettings(SettingsLookup settings, boolean filesOnDiskChanged);

    /**
     * What is wrong with the configuration files read since the last call (each told once), including
     * what only the model can tell, such as rule codes that name no rule.
     */
    List<String> configurationProblems();

    /** Reads every file of a known kind below {@code root} from disk. */
    void addFolder(Path root);

    /** @param languageId the language the client reports for the buffer, or {@code null} */
    void open(URI uri, int version, String languageId, String text);

    void change(URI uri, int version, String text);

    /** The buffer is closed: the file falls back to its disk content, or leaves the model. */
    void close(URI uri);

    /** Created or changed on disk; ignored while a buffer for the file is open. */
    void diskChanged(URI uri);

    void diskDeleted(URI uri);

    /** What went wrong with reading files and folders from disk, for the log. */
    default Collection<String> diskProblems() {
        return List.of();
    }

    /** The file at its current version, or {@code null} when the model does not hold it. */
    SourceFile file(URI uri);

    /**
     * The files whose findings can change when {@code changed} changes: the file itself (even once
     * it is gone, so its diagnostics can be cleared) and every spec-set member in its folder.
     */
    Set<URI> affectedBy(URI changed);

    /** The findings of every file {@link #affectedBy} {@code changed}; a clean file maps to an empty list. */
    Map<URI, List<Finding>> check(URI changed);

    /** The findings of every file the model holds; a clean file maps to an empty list. */
    Map<URI, List<Finding>> checkAll();
}
