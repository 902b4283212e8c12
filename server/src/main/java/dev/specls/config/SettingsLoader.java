package dev.specls.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads {@code .specls.toml} and merges the client's {@code specls} settings over it. The agreed
 * signatures only: the implementation lands with the workspace branch, which replaces this file.
 */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    /** The settings of {@code root/.specls.toml}, or the defaults when there is none. */
    public static Settings load(Path root) {
        throw new UnsupportedOperationException("implemented on the workspace branch");
    }

    public static Settings fromToml(String toml) {
        throw new UnsupportedOperationException("implemented on the workspace branch");
    }

    /** {@code base} with the client's settings ({@code {"diagnostics": {...}, "rules": {...}, "files": {...}}}) laid over it. */
    public static Settings merge(Settings base, Map<String, Object> clientSettings) {
        throw new UnsupportedOperationException("implemented on the workspace branch");
    }
}
