package dev.specls.lsp;

import dev.specls.config.SettingsLookup;
import java.util.Map;

/** Turns the project's own configuration files and the client's {@code specls} settings into the settings of each folder. */
@FunctionalInterface
public interface SettingsResolver {

    /** @param clientSettings the client's {@code specls} settings as plain maps, lists, strings, numbers and booleans */
    SettingsLookup resolve(Map<String, Object> clientSettings);
}
