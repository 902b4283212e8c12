package dev.specls.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the raw answer of a run that stayed broken in {@code .specls/last-answer.md} of the spec set's folder, for the
 * user to inspect: specls' own scratch file, written only where neither it nor its folder is a link.
 */
final class LastAnswer {

    static final String FILE = ".specls/last-answer.md";

    private LastAnswer() {
    }

    /** Where the answer was kept, or {@code null} when it could not be. */
    static Path save(Path folder, String answer) {
        if (folder == null || answer == null) {
            return null;
        }
        Path directory = folder.resolve(".specls");
        Path file = folder.resolve(FILE);
        try {
            if (Files.isSymbolicLink(directory) || Files.isSymbolicLink(file)) {
                return null;
            }
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(directory);
            }
            Files.writeString(file, answer, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            return file;
        } catch (IOException | UnsupportedOperationException | SecurityException refused) {
            return null;
        }
    }
}
