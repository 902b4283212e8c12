package dev.specls.syntax.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Only declarations create items: generated files (fixed seed) declare some ids and mention many
 * others everywhere a mention can be (prose, dependency clauses, requirement lists, code fences, HTML
 * comments, headings that are no declaration); the parsers' items are exactly the declarations, in order.
 */
class DeclarationsPropertyTest {

    @Test
    void specKitTasks() {
        check(random -> {
            Generated generated = new Generated();
            generated.text.append("# Tasks: generated\n\n## Phase 1: Setup\n\n");
            int tasks = 1 + random.nextInt(30);
            for (int i = 1; i <= tasks; i++) {
                String id = String.format("T%03d", i);
                generated.declare(id);
                generated.text.append("- [ ] ").append(id).append(random.nextBoolean() ? " [P]" : "").append(" Task with ")
                        .append(mention(random)).append("\n");
                noise(random, generated.text);
            }
            return generated;
        }, text -> SpecKitParser.parse(text, SpecRole.TASKS), ItemKind.TASK);
    }

    @Test
    void specKitSpec() {
        check(random -> {
            Generated generated = new Generated();
            generated.text.append("# Feature Specification: generated\n\n");
            int count = 1 + random.nextInt(20);
            for (int i = 1; i <= count; i++) {
                String id = String.format("FR-%03d", i);
                generated.declare(id);
                generated.text.append("- **").append(id).append("**: System MUST ").append(mention(random)).append("\n");
                noise(random, generated.text);
            }
            return generated;
        }, text -> SpecKitParser.parse(text, SpecRole.SPEC), ItemKind.REQUIREMENT);
    }

    @Test
    void kiroTasks() {
        check(random -> {
            Generated generated = new Generated();
            generated.text.append("# Implementation Plan\n\n");
            int count = 1 + random.nextInt(15);
            for (int i = 1; i <= count; i++) {
                generated.declare(String.valueOf(i));
                generated.text.append("- [ ] ").append(i).append(". Major ").append(mention(random)).append("\n");
                int subs = random.nextInt(4);
                for (int j = 1; j <= subs; j++) {
                    generated.declare(i + "." + j);
                    generated.text.append("  - [ ] ").append(i).append('.').append(j).append(" Sub ").append(mention(random)).append("\n")
                            .append("    - _Requirements: ").append(random.nextInt(9)).append('.').append(random.nextInt(9)).append("_\n")
                            .append("    - _Depends: ").append(random.nextInt(99)).append('.').append(random.nextInt(9)).append("_\n");
                }
                noise(random, generated.text);
            }
            return generated;
        }, text -> KiroParser.parse(text, SpecRole.TASKS), ItemKind.TASK);
    }

    @Test
    void sagaProgressDeclaresNothing() {
        check(random -> {
            Generated generated = new Generated();
            generated.text.append("# Progress\n\n");
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                generated.text.append("- ").append(random.nextInt(9)).append('.').append(random.nextInt(9)).append(" Task: done — ").append(mention(random)).append('\n');
                noise(random, generated.text);
            }
            return generated;
        }, text -> SagaParser.parse(text, SpecRole.PROGRESS), ItemKind.TASK);
    }

    private static final class Generated {
        final StringBuilder text = new StringBuilder();
        final List<String> declared = new ArrayList<>();

        void declare(String id) {
            declared.add(id);
        }
    }

    private static void check(Function<Random, Generated> generator, Function<String, SpecDocument> parser, ItemKind kind) {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            Generated generated = generator.apply(random);
            String text = generated.text.toString();
            List<String> items = parser.apply(text).items().stream().filter(item -> item.kind() == kind).map(SpecItem::id).toList();
            assertEquals(generated.declared, items, text);
        }
    }

    /** A mention of ids that must never declare one. */
    private static String mention(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "(depends on T" + (900 + random.nextInt(99)) + ", T" + (100 + random.nextInt(99)) + ")";
            case 1 -> "for FR-" + random.nextInt(999) + " and US" + random.nextInt(9);
            case 2 -> "after T" + random.nextInt(99) + "-T" + (100 + random.nextInt(50));
            case 3 -> "[Spec §FR-" + random.nextInt(99) + "]";
            case 4 -> "in src/" + random.nextInt(99) + "/file.py";
            default -> "see task " + random.nextInt(9) + "." + random.nextInt(9);
        };
    }

    /** Lines between declarations that look like declarations but are not: code, comments, prose. */
    private static void noise(Random random, StringBuilder text) {
        switch (random.nextInt(6)) {
            case 0 -> text.append("\n```\n- [ ] T777 in a code fence\n- **FR-777**: fenced\n- [ ] 77. fenced\n```\n\n");
            case 1 -> text.append("\n<!--\n- [ ] T778 in a comment\n- **FR-778**: commented\n-->\n\n");
            case 2 -> text.append("\nT779 blocks T780, and FR-779 is mentioned here.\n\n");
            case 3 -> text.append("    - [ ] T781 indented code\n");
            default -> {
            }
        }
    }
}
