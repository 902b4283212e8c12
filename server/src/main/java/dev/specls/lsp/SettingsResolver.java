package dev.specls.lsp;

import dev.specls.config.Settings;
import java.nio.file.Path;
import java.util.Map;

/** Turns the project's own configuration and the client's {@code specls} settings into one {@link Settings}. */
@FunctionalInterface
public interface SettingsResolver {

    /**
     * @param root           the first workspace folder, or {@code null} when the client opened none
     * @param clientSettings the client's {@code specls} settings as plain maps, lists, strings, numbers and booleans
     */
    Settings resolve(Path root, Map<String, Object> clientSettings);
}
