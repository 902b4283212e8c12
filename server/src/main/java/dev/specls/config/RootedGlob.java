package dev.specls.config;

import java.nio.file.Path;

/**
 * A pattern from the settings together with the folder it is relative to.
 *
 * @param pattern the pattern as the user wrote it
 * @param base    the folder of the {@code .specls.toml} that wrote it (for {@code --exclude}: the current
 *                folder), or {@code null} for an editor setting, which is relative to each workspace root
 */
public record RootedGlob(String pattern, Path base) {
}
