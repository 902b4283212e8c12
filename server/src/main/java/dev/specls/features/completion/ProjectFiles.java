package dev.specls.features.completion;

import dev.specls.features.Cancellation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The files and folders under a spec set's folder, for completing {@code <files>} lines: the one place
 * a completion reads the disk. Bounded (entries and depth), skips tool and hidden folders, never
 * follows links, and returns whatever it found when the folder is missing or unreadable.
 */
final class ProjectFiles {

    static final int MAX_ENTRIES = 2000;
    static final int MAX_DEPTH = 6;
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target");

    /**
     * @param paths     relative paths with {@code /}; folders end with {@code /}; sorted
     * @param truncated true when the listing stopped at {@link #MAX_ENTRIES}
     */
    record Listing(List<String> paths, boolean truncated) {
        static final Listing EMPTY = new Listing(List.of(), false);
    }

    private ProjectFiles() {
    }

    static Listing list(Path folder, Cancellation cancellation) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Listing.EMPTY;
        }
        List<String> found = new ArrayList<>();
        boolean[] truncated = {false};
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    cancellation.checkCanceled();
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path name = dir.getFileName();
                    if (name == null || SKIPPED.contains(name.toString()) || name.toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return record(dir, true);
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) {
                        // A folder at the depth limit: offered, not entered.
                        Path name = path.getFileName();
                        boolean skipped = name == null || SKIPPED.contains(name.toString()) || name.toString().startsWith(".");
                        return skipped ? FileVisitResult.CONTINUE : record(path, true);
                    }
                    return record(path, false);
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult record(Path path, boolean directory) {
                    if (found.size() >= MAX_ENTRIES) {
                        truncated[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    StringBuilder relative = new StringBuilder();
                    for (Path part : folder.relativize(path)) {
                        if (relative.length() > 0) {
                            relative.append('/');
                        }
                        relative.append(part);
                    }
                    found.add(directory ? relative + "/" : relative.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // Whatever was listed before the failure is still worth offering.
        }
        Collections.sort(found);
        return new Listing(List.copyOf(found), truncated[0]);
    }
}
