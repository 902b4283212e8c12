package dev.specls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.requirements.RequirementIds;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.requirements.RequirementsParser;
import dev.specls.syntax.requirements.RequirementsSection;
import dev.specls.syntax.requirements.UnparsedLine;
import dev.specls.syntax.state.StateDocument;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.state.StateParser;
import dev.specls.syntax.state.StateSection;
import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.SagoCorpus;
import dev.specls.text.Span;
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
        checkRequirements(text);
        checkState(text);
    }

    private static void checkRequirements(String text) {
        String source = text == null ? "" : text;
        RequirementsDocument document = RequirementsParser.parse(text);
        Span previous = null;
        for (RequirementsSection section : document.sections()) {
            inside(source, section.headingSpan());
            assertTrue(section.span().contains(section.headingSpan()), section.toString());
            inside(source, section.span());
            previous = after(previous, section.headingSpan());
        }
        previous = null;
        for (Requirement requirement : document.requirements()) {
            inside(source, requirement.lineSpan());
            assertTrue(requirement.lineSpan().contains(requirement.idSpan()), requirement.toString());
            assertTrue(requirement.lineSpan().contains(requirement.textSpan()), requirement.toString());
            assertTrue(requirement.idSpan().end() <= requirement.textSpan().start(), requirement.toString());
            assertEquals(requirement.id(), requirement.idSpan().of(source));
            assertEquals(requirement.text(), requirement.textSpan().of(source));
            assertEquals(RequirementIds.canonical(requirement.id()), requirement.canonicalId());
            previous = after(previous, requirement.lineSpan());
        }
        previous = null;
        for (UnparsedLine line : document.unparsedLines()) {
            inside(source, line.lineSpan());
            previous = after(previous, line.lineSpan());
        }
    }

    private static void checkState(String text) {
        String source = text == null ? "" : text;
        StateDocument document = StateParser.parse(text);
        Span previous = null;
        for (StateSection section : document.sections()) {
            inside(source, section.span());
            assertTrue(section.span().contains(section.headingSpan()), section.toString());
            previous = after(previous, section.headingSpan());
        }
        previous = null;
        for (StateEntry entry : document.entries()) {
            inside(source, entry.lineSpan());
            assertTrue(entry.lineSpan().contains(entry.idSpan()), entry.toString());
            assertTrue(entry.lineSpan().contains(entry.nameSpan()), entry.toString());
            assertEquals(entry.taskId(), entry.idSpan().of(source));
            assertEquals(entry.name(), entry.nameSpan().of(source));
            previous = after(previous, entry.lineSpan());
        }
        previous = null;
        for (StateField field : document.fields()) {
            inside(source, field.valueSpan());
            assertTrue(field.keySpan().end() <= field.valueSpan().start(), field.toString());
            assertEquals(field.key(), field.keySpan().of(source));
            assertEquals(field.value(), field.valueSpan().of(source));
            Ref task = field.taskRef();
            if (task != null) {
                assertTrue(field.valueSpan().contains(task.span()), field.toString());
                assertEquals(task.value(), task.span().of(source));
            }
            previous = after(previous, field.keySpan());
        }
    }

    private static void inside(String text, Span span) {
        assertTrue(span.end() <= text.length(), () -> span + " past the end " + text.length());
    }

    /** Asserts that {@code span} starts after {@code previous} ends and returns it. */
    private static Span after(Span previous, Span span) {
        assertTrue(previous == null || previous.end() <= span.start(), () -> previous + " then " + span);
        return span;
    }
}
