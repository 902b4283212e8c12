package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.specls.config.ConfigDiscovery;
import dev.specls.formats.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under {@code fixtures/scan-filter} (its README says the format): what a scan does
 * with each path, and, where git is installed, that {@code git check-ignore} agrees on every path the
 * case says is read or ignored, so the expectations are git's own.
 */
class ScanFilterFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/scan-filter");

    @TempDir
    Path temp;

    /** One case: the files to write, the exclude patterns, and each path with what the scan does with it. */
    record Case(Map<String, String> files, List<String> excludes, Map<String, String> expected, boolean askGit) {

        static Case parse(String text) {
            Map<String, StringBuilder> sections = new LinkedHashMap<>();
            StringBuilder current = null;
            boolean askGit = true;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("== ")) {
                    current = sections.computeIfAbsent(line.substring(3).strip(), ignored -> new StringBuilder());
                } else if (current != null) {
                    current.append(line).append('\n');
                } else if (line.strip().equals("# git: no")) {
                    askGit = false;
                }
            }
            Map<String, String> files = new LinkedHashMap<>();
            List<String> excludes = new ArrayList<>();
            Map<String, String> expected = new LinkedHashMap<>();
            sections.forEach((name, body) -> {
                if (name.equals("paths")) {
                    body.toString().lines().filter(line -> !line.isBlank()).forEach(line -> {
                        String[] parts = line.strip().split("\\s+");
                        expected.put(parts[0], parts[1]);
                    });
                } else if (name.equals("exclude")) {
                    body.toString().lines().filter(line -> !line.isBlank()).forEach(excludes::add);
                } else {
                    files.put(name, body.toString());
                }
            });
            return new Case(files, excludes, expected, askGit);
        }
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theScanDoesWhatTheCaseSays(Path fixture) throws IOException {
        Case scenario = Case.parse(Files.readString(fixture, StandardCharsets.UTF_8));
        Path root = layOut(scenario, false);
        ScanFilter filter = new ScanFilter(new ConfigDiscovery(UnaryOperator.identity(), Path::toString, Formats.BUILT_IN.fileKindNames()));

        Map<String, String> actual = new LinkedHashMap<>();
        scenario.expected().keySet().forEach(path -> {
            boolean directory = path.endsWith("/");
            ScanFilter.Reason reason = filter.reasonWithFolders(root.resolve(path).normalize(), directory, root);
            actual.put(path, switch (reason) {
                case NONE -> "read";
                case GITIGNORED -> "ignored";
                default -> reason.name().toLowerCase(Locale.ROOT);
            });
        });
        assertEquals(scenario.expected(), actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gitAgrees(Path fixture) throws Exception {
        Case scenario = Case.parse(Files.readString(fixture, StandardCharsets.UTF_8));
        assumeTrue(scenario.askGit(), "the case says git cannot be asked");
        assumeTrue(gitInstalled(), "git is not installed; the expectations are checked against specls only");
        Path root = layOut(scenario, true);
        List<String> asked = new ArrayList<>();
        scenario.expected().forEach((path, what) -> {
            if (what.equals("read") || what.equals("ignored")) {
                asked.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
            }
        });
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "check-ignore", "--no-index", "-v", "--non-matching"));
        command.addAll(asked);
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        git.waitFor(30, TimeUnit.SECONDS);

        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> gitSays = new LinkedHashMap<>();
        scenario.expected().forEach((path, what) -> {
            if (what.equals("read") || what.equals("ignored")) {
                expected.put(path.endsWith("/") ? path.substring(0, path.length() - 1) : path, what);
            }
        });
        for (String line : output.lines().toList()) {
            int tab = line.indexOf('\t');
            String source = line.substring(0, tab);
            String pattern = source.substring(source.indexOf(':', source.indexOf(':') + 1) + 1);
            gitSays.put(line.substring(tab + 1), pattern.isEmpty() || pattern.startsWith("!") ? "read" : "ignored");
        }
        assertEquals(expected, gitSays, output);
    }

    /** Writes the case's files and creates every path, in a repository made by git or by hand. */
    private Path layOut(Case scenario, boolean byGit) throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo")).toAbsolutePath().normalize();
        if (byGit) {
            run("git", "init", "-q", root.toString());
        } else {
            Files.createDirectories(root.resolve(".git"));
        }
        for (Map.Entry<String, String> file : scenario.files().entrySet()) {
            write(root.resolve(file.getKey()), file.getValue());
        }
        if (!scenario.excludes().isEmpty()) {
            StringBuilder toml = new StringBuilder("[files]\nexclude = [\n");
            scenario.excludes().forEach(pattern -> toml.append("  '").append(pattern).append("',\n"));
            write(root.resolve(".specls.toml"), toml.append("]\n").toString());
        }
        for (String path : scenario.expected().keySet()) {
            Path target = root.resolve(path);
            if (path.endsWith("/")) {
                Files.createDirectories(target);
            } else if (!Files.exists(target)) {
                write(target, "");
            }
        }
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean gitInstalled() {
        try {
            return run("git", "--version") == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
