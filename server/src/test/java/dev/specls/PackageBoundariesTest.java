package dev.specls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The edges of the flow that a compiler does not guard: only {@code lsp} knows the protocol and its JSON. */
class PackageBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/specls");

    @Test
    void theCommandLineDoesNotDependOnTheLanguageServer() throws IOException {
        assertEquals(List.of(), filesMentioning(SOURCES.resolve("cli"), "dev.specls.lsp"));
    }

    @Test
    void planningWithAModelReadsTheWorkspaceAndTheChecksOnly() throws IOException {
        for (String later : List.of("dev.specls.features", "dev.specls.formats", "dev.specls.lsp", "dev.specls.cli")) {
            assertEquals(List.of(), filesMentioning(SOURCES.resolve("llm"), later), "llm mentions " + later);
        }
    }

    @Test
    void onlyTheProtocolPackageDecodesJson() throws IOException {
        List<String> outside = new ArrayList<>();
        for (String file : filesMentioning(SOURCES, "com.google.gson")) {
            if (!file.startsWith("lsp/")) {
                outside.add(file);
            }
        }
        assertEquals(List.of(), outside);
    }

    private static List<String> filesMentioning(Path folder, String name) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(name)) {
                    found.add(SOURCES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }
}
