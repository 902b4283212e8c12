package dev.specls.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.ParseInvariants;
import dev.specls.testing.SagoCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of real samples and random bytes: the requirements and state parsers
 * never throw, and every span they return lies inside the text, inside its line, in document order
 * and covers exactly the string reported with it.
 */
class LineParsersFuzzTest {

    private static final long SEED = 20_250_101L;
    private static final int MUTATIONS_PER_SAMPLE = 300;
    private static final int RANDOM_INPUTS = 500;

    /** Fragments that steer mutations towards the parsers' decision points. */
    private static final String[] FRAGMENTS = {
        "* [ ] **REQ-1:** ", "- [X] **AUTH-01**: ", "- **FR-001**: ", "**", "[", "]", "[x]", ":", "-", "*", "#", "### V2 ",
        "## ", "\n", "\r", "\r\n", "\uFEFF", "\uD800", "\uDC00", "🚀", "⚠️", "```", "~~~", "<!--", "-->", "[✓] ", "[✗] 1.2: ",
        "[⊘]", " — ", " -- ", "* **Next Task:** ", "1.2", "\t", "\u00A0", "\u2028", "REQ-", "9", "a", " ",
    };

    @Test
    void mutatedSamplesNeverBreakTheParsers() {
        Random random = new Random(SEED);
        for (String sample : samples()) {
            for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                checkBoth(mutate(sample, random));
            }
        }
    }

    @Test
    void randomBytesAndCharsNeverBreakTheParsers() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            checkBoth(new String(bytes, StandardCharsets.UTF_8));
            checkBoth(new String(bytes, StandardCharsets.ISO_8859_1));
            char[] chars = new char[random.nextInt(400)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            checkBoth(new String(chars));
        }
    }

    @Test
    void hugeAndDegenerateInputs() {
        checkBoth("");
        checkBoth(null);
        checkBoth("\uFEFF");
        checkBoth("\r\r\n\n\r");
        checkBoth("* [ ] **REQ-1:** big\n".repeat(50_000) + "<!--\n" + "* [ ] **REQ-2:** hidden\n".repeat(50_000));
        checkBoth("* " + " ".repeat(200_000) + "[ ]" + "*".repeat(200_000));
        checkBoth("[✓]" + " ".repeat(200_000) + "1.1" + " —".repeat(100_000));
        checkBoth("```\n".repeat(1) + "x\n".repeat(100_000));
        checkBoth("#".repeat(100_000) + "\n" + "## a\n".repeat(50_000));
    }

    private static List<String> samples() {
        List<String> samples = new ArrayList<>();
        for (Path corpus : SagoCorpus.presentFolders()) {
            for (Path file : GoldenFixtures.list(corpus, "")) {
                samples.add(GoldenFixtures.read(file));
            }
        }
        for (String folder : List.of("requirements-parser", "state-parser")) {
            for (Path file : GoldenFixtures.list(Path.of("src/test/resources/fixtures", folder), "")) {
                samples.add(GoldenFixtures.read(file));
            }
        }
        assertTrue(samples.size() > 10, "samples found: " + samples.size());
        return samples;
    }

    private static String mutate(String sample, Random random) {
        StringBuilder text = new StringBuilder(sample);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 2 -> text.insert(at, (char) random.nextInt(Character.MAX_VALUE + 1));
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(80))));
            }
        }
        return text.toString();
    }

    private static void checkBoth(String text) {
        ParseInvariants.requirements(text);
        ParseInvariants.state(text);
    }
}
