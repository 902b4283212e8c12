package dev.specls.syntax.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.ParseInvariants;
import dev.specls.testing.SagoCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser must survive any input and keep every span inside the text and inside its owner. */
class PlanParserFuzzTest {

    private static final long SEED = 20240611L;
    private static final int MUTATIONS_PER_FILE = 400;
    private static final String[] INSERTIONS = {
        "<", ">", "&", "\"", "'", "\u0000", "\uD800", "\uDC00", "\r", "\r\n", "\t", "\uFEFF", "😀",
        "</task>", "<task id=\"", "<phases>", "</phases>", "```xml\n", "```\n", "<![CDATA[", "]]>", "<!--", "-->",
        "<?xml version=\"1.0\"?>", "&#x", "&#0;", "&amp;", "depends_on=\",", "<files>\n- a\n", "/>", "=",
    };

    @Test
    void survivesMutatedCorpusAndFixtures() throws IOException {
        Random random = new Random(SEED);
        List<Path> inputs = new ArrayList<>(SagoCorpus.projectPlans());
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures/plan-parser"))) {
            fixtures.filter(path -> path.toString().endsWith(".md")).sorted().forEach(inputs::add);
        }
        int runs = 0;
        for (Path input : inputs) {
            String original = GoldenFixtures.read(input);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                String mutated = mutate(original, random, 1 + random.nextInt(5));
                ParseInvariants.plan(mutated, input.getFileName() + " mutation " + i);
                runs++;
            }
        }
        assertTrue(runs >= 5000, "only " + runs + " mutated inputs");
    }

    @Test
    void survivesRandomBytes() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            ParseInvariants.plan(text, "random bytes " + i);
            ParseInvariants.plan("```xml\n<phases>" + text, "random bytes in a block " + i);
        }
    }

    @Test
    void readsAHugeGeneratedPlan() {
        String text = generatedPlan(50_000);
        assertTrue(text.length() > 20_000_000, "generated plan is only " + text.length() + " chars");
        PlanDocument plan = ParseInvariants.plan(text, "generated plan");
        assertTrue(plan.readableBySago(), () -> "errors: " + plan.xml().errors());
        assertEquals(50_000, plan.tasks().size());
        assertEquals(List.of("1.1"), plan.tasks().get(1).dependsOn().stream().map(Ref::value).toList());
    }

    /** A plan of {@code taskCount} tasks in phases of ten, shaped like the plans sago generates. */
    static String generatedPlan(int taskCount) {
        StringBuilder plan = new StringBuilder(taskCount * 450).append("# PLAN.md\n\n```xml\n<phases>\n");
        for (int task = 0; task < taskCount; task++) {
            int phase = task / 10 + 1;
            int step = task % 10 + 1;
            if (step == 1) {
                plan.append("    <phase name=\"Phase ").append(phase).append(": Build part ").append(phase).append("\">\n")
                        .append("        <description>Everything part ").append(phase).append(" needs</description>\n");
            }
            plan.append("        <task id=\"").append(phase).append('.').append(step).append('"');
            if (step > 1) {
                plan.append(" depends_on=\"").append(phase).append('.').append(step - 1).append('"');
            }
            plan.append(">\n            <name>Build component ").append(task).append("</name>\n")
                    .append("            <files>\n                src/part").append(phase).append("/module").append(step).append(".py\n")
                    .append("                tests/part").append(phase).append("/test_module").append(step).append(".py\n            </files>\n")
                    .append("            <action>Write the module &amp; its tests.</action>\n")
                    .append("            <verify>pytest tests/part").append(phase).append("/test_module").append(step).append(".py -q</verify>\n")
                    .append("            <done>Module ").append(step).append(" of part ").append(phase).append(" passes its tests</done>\n")
                    .append("        </task>\n");
            if (step == 10 || task == taskCount - 1) {
                plan.append("    </phase>\n");
            }
        }
        return plan.append("</phases>\n```\n").toString();
    }

    private static String mutate(String text, Random random, int count) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 0; i < count; i++) {
            int length = mutated.length();
            int at = length == 0 ? 0 : random.nextInt(length + 1);
            int span = length == 0 ? 0 : random.nextInt(Math.min(40, length - Math.min(at, length)) + 1);
            switch (random.nextInt(4)) {
                case 0 -> mutated.delete(at, at + span);
                case 1 -> mutated.insert(at, INSERTIONS[random.nextInt(INSERTIONS.length)]);
                case 2 -> mutated.insert(at, mutated.substring(at, at + span));
                default -> {
                    int other = length == 0 ? 0 : random.nextInt(length - span + 1);
                    String first = mutated.substring(at, at + span);
                    String second = mutated.substring(other, other + span);
                    mutated.replace(at, at + span, second);
                    mutated.replace(other, other + span, first);
                }
            }
        }
        return mutated.toString();
    }
}
