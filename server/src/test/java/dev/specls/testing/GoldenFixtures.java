package dev.specls.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.specls.text.LineColumn;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden-file tests: each input file is parsed, dumped as readable text and compared with its
 * {@code .expected} file. Adding a case is adding an input and its expectation. Run with
 * {@code -Dspecls.updateFixtures=true} to rewrite the expectations from the current output
 * (then review the diff); the default run only compares.
 */
public final class GoldenFixtures {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final boolean UPDATE = Boolean.getBoolean("specls.updateFixtures");

    private GoldenFixtures() {
    }

    /**
     * One test per {@code fixtures/<folder>/*.md} (expectation beside it) and per file of the sago corpora
     * whose name starts with {@code corpusPrefix} (expectation in {@code fixtures/<folder>/corpus/}); when
     * the shared corpus is not beside this clone, one skipped test says so.
     */
    public static Stream<DynamicTest> tests(String folder, String corpusPrefix, Function<String, String> dump) {
        Path fixtures = FIXTURES.resolve(folder);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path input : list(fixtures, "")) {
            tests.add(test(input, fixtures.resolve(baseName(input) + ".expected"), dump));
        }
        for (Path corpus : List.of(SagoCorpus.PROJECT, SagoCorpus.SHARED)) {
            for (Path input : list(corpus, corpusPrefix)) {
                tests.add(test(input, fixtures.resolve("corpus").resolve(baseName(input) + ".expected"), dump));
            }
        }
        if (!Files.isDirectory(SagoCorpus.SHARED)) {
            tests.add(DynamicTest.dynamicTest("shared corpus " + corpusPrefix + "*", SagoCorpus::assumeShared));
        }
        if (tests.isEmpty()) {
            fail("no fixtures under " + fixtures.toAbsolutePath());
        }
        return tests.stream();
    }

    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown files of a folder whose names start with {@code prefix}, sorted; none when the folder is absent. */
    public static List<Path> list(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DynamicTest test(Path input, Path expectedFile, Function<String, String> dump) {
        return DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String actual = dump.apply(read(input));
            if (UPDATE) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                fail("missing " + expectedFile + " (run with -Dspecls.updateFixtures=true); actual:\n" + actual);
            }
            assertEquals(read(expectedFile), actual, "dump of " + input);
        });
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /** Writes dumps: spans as {@code line:col-line:col} (0-based, UTF-16), strings quoted and escaped. */
    public static final class Dump {
        private final LineIndex index;
        private final StringBuilder out = new StringBuilder();

        public Dump(String text) {
            this.index = LineIndex.of(text);
        }

        public Dump line(Object... parts) {
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(parts[i]);
            }
            out.append('\n');
            return this;
        }

        public String range(Span span) {
            if (span == null) {
                return "-";
            }
            return position(span.start()) + "-" + position(span.end());
        }

        private String position(int offset) {
            LineColumn position = index.position(offset, PositionEncoding.UTF16);
            return position.line() + ":" + position.character();
        }

        public static String quote(String value) {
            if (value == null) {
                return "null";
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (Character.isISOControl(c) || Character.isSurrogate(c) && !isPaired(value, i) || c == '\uFEFF') {
                            quoted.append(String.format("\\u%04X", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }

        private static boolean isPaired(String value, int i) {
            char c = value.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
