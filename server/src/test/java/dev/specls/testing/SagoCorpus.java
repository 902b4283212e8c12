package dev.specls.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The plans whose reading by sago 0.3.0 is known: each {@code NAME.md} beside a {@code NAME.sago.json} that
 * holds what sago's own parser and {@code lint-plan} made of it ({@code ok}, {@code error}, the {@code tasks}
 * with the fields {@code specls graph} prints, the {@code issues}). The project's own corpus is part of the
 * tests and always there; the shared one beside the repository (in CI) is read too when it is present, and
 * the tests over it are skipped, saying so, when it is not.
 */
public final class SagoCorpus {

    /** The project's corpus: every behaviour of sago's reading the plan rules depend on. */
    public static final Path PROJECT = Path.of("src/test/resources/corpus/sago");
    /** The samples collected from sago's own tests and templates, beside the repository when it is checked out in CI. */
    public static final Path SHARED = Path.of("../../shared/corpus/sago");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SagoCorpus() {
    }

    /** The project's plans with their sago readings; fails when there are none. */
    public static List<Path> projectPlans() {
        List<Path> plans = plans(PROJECT);
        assertFalse(plans.isEmpty(), "no plan with a .sago.json in " + PROJECT.toAbsolutePath());
        return plans;
    }

    /**
     * The tests over the shared corpus' plans; when the corpus is not beside this clone, a single test that
     * is skipped and says so (also on the build's console, once).
     */
    public static Stream<DynamicTest> overShared(Function<List<Path>, Stream<DynamicTest>> tests) {
        if (!Files.isDirectory(SHARED)) {
            return Stream.of(DynamicTest.dynamicTest("shared corpus", SagoCorpus::assumeShared));
        }
        List<Path> plans = plans(SHARED);
        assertFalse(plans.isEmpty(), "no plan with a .sago.json in " + SHARED.toAbsolutePath());
        return tests.apply(plans);
    }

    /** Skips the calling test when the shared corpus is absent, as on a fresh clone. */
    public static void assumeShared() {
        if (!Files.isDirectory(SHARED) && !toldAbsent) {
            toldAbsent = true;
            System.err.println(absent());
        }
        Assumptions.assumeTrue(Files.isDirectory(SHARED), SagoCorpus::absent);
    }

    private static volatile boolean toldAbsent;

    private static String absent() {
        return "The shared sago corpus is not beside this clone (" + SHARED.toAbsolutePath().normalize()
                + "): its differential tests are skipped; the project's own corpus runs in full.";
    }

    /** The corpora present: the project's, then the shared one when it is there. */
    public static List<Path> presentFolders() {
        return Files.isDirectory(SHARED) ? List.of(PROJECT, SHARED) : List.of(PROJECT);
    }

    /** The Markdown files of a folder that have a sago reading, sorted; none when the folder is absent. */
    public static List<Path> plans(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".md") && Files.exists(sagoResultOf(path))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path sagoResultOf(Path plan) {
        String name = plan.getFileName().toString();
        return plan.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".sago.json");
    }

    public static JsonNode sagoResult(Path plan) {
        try {
            return JSON.readTree(sagoResultOf(plan).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when sago crashed reading the file rather than failing to parse it. */
    public static boolean crashes(JsonNode sago) {
        return sago.path("crash").asBoolean(false);
    }

    /** The file's name with its corpus, for test names. */
    public static String label(Path plan) {
        return (plan.getParent().equals(PROJECT) ? "project corpus/" : "shared corpus/") + plan.getFileName();
    }
}
