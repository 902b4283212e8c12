package dev.specls.workspace;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/**
 * The one place that turns file URIs into paths and back. Clients spell the same file differently
 * ({@code file:///a/b}, {@code file:/a/b}, percent-encoded or not); every URI the workspace stores or
 * looks up goes through {@link #normalize} so that they compare equal.
 */
public final class Uris {

    private Uris() {
    }

    /** The canonical spelling of a URI: for a file, the one {@link Path#toUri()} gives; other schemes as they are. */
    public static URI normalize(URI uri) {
        Path path = toPath(uri);
        return path == null ? uri.normalize() : of(path);
    }

    /** The absolute, normalised path of a {@code file:} URI, or {@code null} for any other URI. */
    public static Path toPath(URI uri) {
        if (uri == null || !"file".equalsIgnoreCase(uri.getScheme())) {
            return null;
        }
        try {
            return Path.of(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            return null;
        }
    }

    public static URI of(Path path) {
        return path.toAbsolutePath().normalize().toUri();
    }
}
