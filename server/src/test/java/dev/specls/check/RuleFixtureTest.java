package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.specls.config.Settings;
import dev.specls.formats.Formats;
import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule fixture under {@code fixtures/rules}: adding a case is adding a file. */
class RuleFixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/rules");
    static final String FOLDER = "file:///fixture/";

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        assertTrue(Files.isDirectory(FIXTURES), "fixtures folder missing: " + FIXTURES.toAbsolutePath());
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            fixtures = walk.filter(path -> path.toString().endsWith(".fixture")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "no rule fixtures found");
        return fixtures.stream().map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(), () -> run(path)));
    }

    /** Each rule has a fixture where it fires and one where it must stay silent, in a folder named after its code. */
    @Test
    void everyRuleHasPositiveAndNegativeFixtures() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Formats.BUILT_IN.rules()) {
            Path folder = FIXTURES.resolve(rule.code());
            boolean positive = false;
            boolean negative = false;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path path : files.filter(p -> p.toString().endsWith(".fixture")).toList()) {
                        RuleFixture fixture = RuleFixture.parse(Files.readString(path, StandardCharsets.UTF_8));
                        boolean fires = fixture.markers().stream().anyMatch(marker -> marker.code().equals(rule.code()));
                        boolean compares = fixture.codes().isEmpty() || fixture.codes().contains(rule.code());
                        positive |= fires;
                        negative |= compares && !fires;
                    }
                }
            }
            if (!positive || !negative) {
                missing.add(rule.code() + (positive ? "" : " (no positive fixture)") + (negative ? "" : " (no negative fixture)"));
            }
        }
        assertEquals(List.of(), missing);
    }

    static void run(Path path) throws IOException {
        RuleFixture fixture = RuleFixture.parse(Files.readString(path, StandardCharsets.UTF_8));
        Settings settings = new Settings(fixture.ruleLevels(), Map.of(), Settings.DEFAULT_DEBOUNCE_MS, List.of());
        for (String code : fixture.ruleLevels().keySet()) {
            assertTrue(Checker.knows(Formats.BUILT_IN.rules(), code), "fixture configures unknown rule " + code);
        }
        for (String code : fixture.codes()) {
            assertTrue(Checker.knows(Formats.BUILT_IN.rules(), code), "fixture compares unknown rule " + code);
        }
        Workspace workspace = new Workspace(settings, Formats.BUILT_IN.files());
        String folder = FOLDER;
        if (fixture.encoding() == null) {
            for (Map.Entry<String, String> file : fixture.files().entrySet()) {
                workspace.open(URI.create(FOLDER + file.getKey()), 1, file.getValue());
            }
        } else {
            // Bytes that are not UTF-8 only exist on disk: an editor sends its buffer decoded.
            Path disk = Files.createTempDirectory("rule-fixture");
            folder = disk.toUri().toString();
            for (Map.Entry<String, String> file : fixture.files().entrySet()) {
                Path written = disk.resolve(file.getKey());
                Files.write(written, file.getValue().getBytes(Charset.forName(fixture.encoding())));
                workspace.addFile(written);
            }
        }
        Checker checker = new Checker(Formats.BUILT_IN.rules(), settings);
        TreeSet<String> actual = new TreeSet<>();
        List<String> messageProblems = new ArrayList<>();
        for (SpecSet specSet : workspace.specSets()) {
            for (List<Finding> findings : checker.check(specSet).values()) {
                for (Finding finding : findings) {
                    if (!fixture.codes().isEmpty() && !fixture.codes().contains(finding.code())) {
                        continue;
                    }
                    SourceFile file = workspace.file(finding.uri());
                    RuleFixture.Marker seen = toMarker(finding, file, folder);
                    actual.add(seen.key());
                    fixture.markers().stream()
                            .filter(marker -> marker.key().equals(seen.key()) && marker.messageFragment() != null)
                            .filter(marker -> !finding.message().contains(marker.messageFragment()))
                            .forEach(marker -> messageProblems.add(seen.key() + ": message \"" + finding.message()
                                    + "\" lacks \"" + marker.messageFragment() + "\""));
                }
            }
        }
        if (!folder.equals(FOLDER)) {
            try (Stream<Path> written = Files.walk(Path.of(URI.create(folder)))) {
                written.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        fixture.markers().forEach(marker -> expected.add(marker.key()));
        if (!expected.equals(actual) || !messageProblems.isEmpty()) {
            fail("findings differ in " + path + "\nexpected: " + expected + "\nactual:   " + actual
                    + (messageProblems.isEmpty() ? "" : "\n" + String.join("\n", messageProblems)));
        }
    }

    private static RuleFixture.Marker toMarker(Finding finding, SourceFile file, String folder) {
        LineIndex lines = file.lineIndex();
        LineColumn start = lines.position(finding.span().start(), PositionEncoding.UTF16);
        LineColumn end = lines.position(finding.span().end(), PositionEncoding.UTF16);
        int lineEnd = lines.lineContentEnd(start.line()) - lines.lineStart(start.line());
        boolean toLineEnd = end.line() > start.line() || end.character() >= lineEnd;
        String relative = finding.uri().toString().substring(folder.length());
        return new RuleFixture.Marker(relative, start.line(), start.character(), end.character(), toLineEnd, finding.code(), null);
    }
}
