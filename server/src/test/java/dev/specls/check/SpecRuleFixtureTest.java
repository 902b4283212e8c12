package dev.specls.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.specls.check.spec.SpecRule;
import dev.specls.check.spec.SpecRules;
import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.SpecTreeLoader;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the fixtures of the spec formats' rules. */
class SpecRuleFixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/spec-rules");

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            fixtures = walk.filter(path -> path.toString().endsWith(".fixture")).sorted().toList();
        }
        return fixtures.stream().map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(), () -> run(path)));
    }

    @Test
    void everyRuleHasPositiveAndNegativeFixtures() throws IOException {
        List<String> missing = new ArrayList<>();
        for (SpecRule rule : SpecRules.all()) {
            Path folder = FIXTURES.resolve(rule.code());
            boolean positive = false;
            boolean negative = false;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path path : files.filter(p -> p.toString().endsWith(".fixture")).toList()) {
                        RuleFixture fixture = RuleFixture.parse(Files.readString(path, StandardCharsets.UTF_8));
                        boolean fires = fixture.markers().stream().anyMatch(marker -> marker.code().equals(rule.code()));
                        positive |= fires;
                        negative |= !fires;
                    }
                }
            }
            if (!positive || !negative) {
                missing.add(rule.code());
            }
        }
        assertEquals(List.of(), missing);
    }

    static void run(Path path) throws IOException {
        RuleFixture fixture = RuleFixture.parse(Files.readString(path, StandardCharsets.UTF_8));
        Path folder = Path.of("/fixture");
        TreeSet<String> actual = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (SpecTree tree : SpecTreeLoader.trees(folder, fixture.files())) {
            for (SpecRule rule : SpecRules.all()) {
                if (!rule.appliesTo(tree.format()) || (!fixture.codes().isEmpty() && !fixture.codes().contains(rule.code()))) {
                    continue;
                }
                rule.check(tree, (uri, span, message, related) -> {
                    SpecFile file = tree.file(uri);
                    LineIndex lines = file.lineIndex();
                    LineColumn start = lines.position(span.start(), PositionEncoding.UTF16);
                    LineColumn end = lines.position(span.end(), PositionEncoding.UTF16);
                    int lineEnd = lines.lineContentEnd(start.line()) - lines.lineStart(start.line());
                    boolean toLineEnd = end.line() > start.line() || end.character() >= lineEnd;
                    String relative = folder.relativize(Path.of(uri)).toString();
                    RuleFixture.Marker seen = new RuleFixture.Marker(relative, start.line(), start.character(), end.character(), toLineEnd, rule.code(), null);
                    actual.add(seen.key());
                    fixture.markers().stream()
                            .filter(marker -> marker.key().equals(seen.key()) && marker.messageFragment() != null && !message.contains(marker.messageFragment()))
                            .forEach(marker -> problems.add(seen.key() + ": \"" + message + "\" lacks \"" + marker.messageFragment() + "\""));
                });
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        fixture.markers().forEach(marker -> expected.add(marker.key()));
        if (!expected.equals(actual) || !problems.isEmpty()) {
            fail("findings differ in " + path + "\nexpected: " + expected + "\nactual:   " + actual + "\n" + String.join("\n", problems));
        }
    }
}
