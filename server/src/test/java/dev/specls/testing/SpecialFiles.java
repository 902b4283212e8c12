package dev.specls.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files that are not regular files, made as a checkout or a user could make them. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a named pipe; false where {@code mkfifo} is missing, so that the caller can skip. */
    public static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return mkfifo.waitFor() == 0 && Files.exists(path);
        } catch (IOException unavailable) {
            return false;
        }
    }
}
