package dev.specls.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists every key {@code [files]} takes: exactly the kinds of the formats table. */
class FileKindsDocumentationTest {

    private static final Path CONFIGURATION_PAGE = Path.of("../docs/configuration.md");
    private static final String TABLE_HEADING = "### The kinds `[files]` selects";
    private static final Pattern KEY = Pattern.compile("`([a-z_]+)`");

    @Test
    void theConfigurationPageListsEveryKindOfTheFormatsTable() throws IOException {
        String page = Files.readString(CONFIGURATION_PAGE, StandardCharsets.UTF_8);
        int table = page.indexOf(TABLE_HEADING);
        assertTrue(table >= 0, "docs/configuration.md has no section " + TABLE_HEADING);
        Set<String> documented = new LinkedHashSet<>();
        for (String line : page.substring(table).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher key = KEY.matcher(line.substring(0, line.indexOf('|', 1)));
                while (key.find()) {
                    documented.add(key.group(1));
                }
            } else if (!documented.isEmpty() && !line.startsWith("|")) {
                break;
            }
        }
        List<String> missing = new ArrayList<>(Formats.BUILT_IN.fileKindNames());
        missing.removeAll(documented);
        List<String> unknown = new ArrayList<>(documented);
        unknown.removeAll(Formats.BUILT_IN.fileKindNames());
        assertEquals(List.of(), missing, "kinds docs/configuration.md does not list");
        assertEquals(List.of(), unknown, "keys docs/configuration.md lists that no format declares");
    }
}
