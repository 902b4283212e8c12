package dev.specls.syntax.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code NAME.md} under {@code fixtures/plan-parser} is parsed and dumped with
 * {@link PlanDump}; the dump must equal {@code NAME.expected}. Run with
 * {@code -Dspecls.updateFixtures=true} to rewrite the expectations after an intended change.
 */
class PlanParserFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/plan-parser");
    private static final boolean UPDATE = Boolean.getBoolean("specls.updateFixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectation() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            inputs = files.filter(path -> path.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no fixtures in " + FIXTURES.toAbsolutePath());
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String actual = PlanDump.of(text, PlanParser.parse(text));
        Path expectedFile = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.md$", ".expected"));
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "(missing " + expectedFile.getFileName() + ")\n";
        assertEquals(expected, actual, "dump of " + input.getFileName());
    }
}
