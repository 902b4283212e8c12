package dev.specls.config;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The settings that apply to the files of each folder. Implementations are thread-safe. */
public interface SettingsLookup {

    /**
     * @param folder an absolute, normalised folder, or {@code null} for a buffer that has no folder
     *               (an untitled editor)
     */
    Settings forFolder(Path folder);

    /**
     * The settings read since the last call, each configuration file's once, in the order they were
     * read: so that the problems of each are told to the user once.
     */
    List<Settings> takeNewlyRead();

    /** The same settings everywhere: no configuration file is looked for. */
    static SettingsLookup fixed(Settings settings) {
        Settings fixed = settings == null ? Settings.defaults() : settings;
        AtomicBoolean told = new AtomicBoolean();
        return new SettingsLookup() {
            @Override
            public Settings forFolder(Path folder) {
                return fixed;
            }

            @Override
            public List<Settings> takeNewlyRead() {
                return told.getAndSet(true) ? List.of() : List.of(fixed);
            }
        };
    }
}
