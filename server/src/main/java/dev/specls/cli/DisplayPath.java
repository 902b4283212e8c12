package dev.specls.cli;

import java.net.URI;
import java.nio.file.Path;

/** How reports name files: relative to the current folder when below it, always with {@code /}. */
final class DisplayPath {

    private DisplayPath() {
    }

    static String of(URI uri, Path currentFolder) {
        Path file = Path.of(uri).toAbsolutePath().normalize();
        Path base = currentFolder.toAbsolutePath().normalize();
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }
}
