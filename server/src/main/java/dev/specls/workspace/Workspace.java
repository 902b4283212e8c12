package dev.specls.workspace;

import dev.specls.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Every file specls knows, open editor buffers taking precedence over disk, grouped into spec sets.
 * Thread-safe: mutations come from one thread, reads from any; readers see immutable snapshots.
 */
public final class Workspace {

    public Workspace(Settings settings) {
        throw new UnsupportedOperationException("implemented on the workspace branch");
    }

    public void setSettings(Settings settings) {
        throw new UnsupportedOperationException();
    }

    public Settings settings() {
        throw new UnsupportedOperationException();
    }

    /** Reads every file of a known kind below {@code root} from disk (skipping .git, node_modules, target). */
    public void addFolder(Path root) {
        throw new UnsupportedOperationException();
    }

    /** Adds or replaces one file from disk; a path given explicitly is classified even if no default matches. */
    public SourceFile addFile(Path file) {
        throw new UnsupportedOperationException();
    }

    public SourceFile open(URI uri, int version, String text) {
        throw new UnsupportedOperationException();
    }

    public SourceFile change(URI uri, int version, String text) {
        throw new UnsupportedOperationException();
    }

    /** The buffer is closed: the file falls back to its disk content, or leaves the workspace. */
    public void close(URI uri) {
        throw new UnsupportedOperationException();
    }

    /** The file was created or changed on disk; ignored while a buffer for it is open. */
    public void diskChanged(URI uri) {
        throw new UnsupportedOperationException();
    }

    public void diskDeleted(URI uri) {
        throw new UnsupportedOperationException();
    }

    public SourceFile file(URI uri) {
        throw new UnsupportedOperationException();
    }

    public Collection<SourceFile> files() {
        throw new UnsupportedOperationException();
    }

    /** The spec set the file belongs to, or {@code null} for a file of no spec set. */
    public SpecSet specSetOf(URI uri) {
        throw new UnsupportedOperationException();
    }

    public Collection<SpecSet> specSets() {
        throw new UnsupportedOperationException();
    }
}
