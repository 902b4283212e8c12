package dev.specls.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.check.Checker;
import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every feature fixture under {@code fixtures/features/FEATURE/}: adding a case is adding a file.
 * {@code -Dspecls.updateFixtures=true} rewrites the expected sections for review instead of comparing.
 */
class FeatureFixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/features");
    static final String FOLDER = "file:///fixture/";
    private static final boolean UPDATE = Boolean.getBoolean("specls.updateFixtures");

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        assertTrue(Files.isDirectory(FIXTURES), "fixtures folder missing: " + FIXTURES.toAbsolutePath());
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            fixtures = walk.filter(path -> path.toString().endsWith(".fixture")).sorted().toList();
        }
        return fixtures.stream().map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(), () -> run(path)));
    }

    /** The workspace of a fixture: its files as open buffers at version 1, checked with the default settings. */
    static FeatureContext contextOf(FeatureFixture fixture) {
        Workspace workspace = new Workspace(Settings.defaults(), Formats.BUILT_IN.files());
        for (Map.Entry<String, String> file : fixture.files().entrySet()) {
            workspace.open(URI.create(FOLDER + file.getKey()), 1, file.getValue());
        }
        PositionEncoding encoding = PositionEncoding.fromProtocolName(fixture.encoding());
        assertNotNull(encoding, "unknown encoding " + fixture.encoding());
        return new FeatureContext(workspace, new Checker(Formats.BUILT_IN.rules(), Settings.defaults()), encoding, Cancellation.NONE, Formats.BUILT_IN);
    }

    static void run(Path path) throws Exception {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        FeatureFixture fixture = FeatureFixture.parse(text);
        FeatureContext context = contextOf(fixture);
        URI cursorUri = fixture.cursorFile() == null ? null : URI.create(FOLDER + fixture.cursorFile());
        Position cursor = null;
        if (cursorUri != null) {
            SourceFile file = context.workspace().file(cursorUri);
            cursor = Positions.position(fixture.cursorOffset(), file.lineIndex(), context.encoding());
        }
        String actual = rendererFor(path.getParent().getFileName().toString()).render(context, cursorUri, cursor, fixture.args());
        if (UPDATE) {
            Files.writeString(path, fixture.head() + FeatureFixture.EXPECTED + "\n" + actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(fixture.expected(), actual, "result differs for " + path);
    }

    private static FixtureRenderer rendererFor(String feature) throws ReflectiveOperationException {
        StringBuilder name = new StringBuilder();
        for (String word : feature.split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        Class<?> renderer = Class.forName(FeatureFixtureTest.class.getPackageName() + "." + name + "Fixtures");
        return (FixtureRenderer) renderer.getDeclaredConstructor().newInstance();
    }
}
