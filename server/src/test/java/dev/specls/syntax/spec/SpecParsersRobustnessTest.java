package dev.specls.syntax.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.text.Span;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every spec parser on many generated texts (fixed seed) made of the formats' own tokens, cut and
 * shuffled at random: none throws, and every span of what it returns lies inside the text.
 */
class SpecParsersRobustnessTest {

    private static final String[] TOKENS = {
        "- [ ] ", "- [x] ", "- [X] ", "- [-] ", "- [ ]* ", "* ", "1. ", "  ", "    ", "\t", "\n", "\r\n", "\r", "## Phase 1: Setup\n",
        "### User Story 2 - T (Priority: P1)\n", "### Requirement 3: X\n", "#### Acceptance Criteria\n", "# Task 1.2: Y\n", "# Milestone 4\n",
        "T001 ", "T0", "[P] ", "[US1] ", "(depends on T002, T003)", "T004-T009", "T1..T", " blocks T010", "**FR-001**: ", "**SC-1**",
        "[NEEDS CLARIFICATION: ", "]", "[FEATURE NAME]", "[Spec §FR-009]", "CHK001 ", "_Requirements: 1.1, 2.", "_Depends: 1.2_",
        "_Boundary: A_", "(P) ", "- Depends on: ", "none", "1.1", "- Owned files: `a/b.py`", "## Validation criteria\n", "It works\n",
        "- 1.1 name: done — x\n", "---\n", "phase: 01-a\n", "plan: 02\n", "wave: x\n", "depends_on: [\"01-01\", ]\n", "files_modified:\n",
        "  - src/x.py\n", "```\n", "<!--", "-->", "> ", "📦", "é", "\uD800", "\u0000", "**Depends on**: Phase 1\n", "### FR-01: Z\n", "**", "_", "`"
    };

    private static final List<Function<String, SpecDocument>> PARSERS = List.of(
            text -> SpecKitParser.parse(text, SpecRole.TASKS), text -> SpecKitParser.parse(text, SpecRole.SPEC),
            text -> SpecKitParser.parse(text, SpecRole.CHECKLIST), text -> SpecKitParser.parse(text, SpecRole.CONSTITUTION),
            text -> KiroParser.parse(text, SpecRole.REQUIREMENTS), text -> KiroParser.parse(text, SpecRole.DESIGN),
            text -> KiroParser.parse(text, SpecRole.TASKS), text -> SagaParser.parse(text, SpecRole.SAGA),
            text -> SagaParser.parse(text, SpecRole.MILESTONE), text -> SagaParser.parse(text, SpecRole.SAGA_TASK),
            text -> SagaParser.parse(text, SpecRole.PROGRESS), GsdParser::parseRoadmap, GsdParser::parsePlan,
            text -> SpecpilotParser.parse(text, SpecRole.SPEC), text -> SpecpilotParser.parse(text, SpecRole.PLAN));

    @Test
    void neverThrowsAndKeepsEverySpanInTheText() {
        Random random = new Random(99L);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int tokens = random.nextInt(60);
            for (int i = 0; i < tokens; i++) {
                String token = TOKENS[random.nextInt(TOKENS.length)];
                text.append(random.nextInt(8) == 0 ? token.substring(0, random.nextInt(token.length() + 1)) : token);
            }
            String input = text.toString();
            for (Function<String, SpecDocument> parser : PARSERS) {
                SpecDocument document = parser.apply(input);
                int length = input.length();
                document.items().forEach(item -> {
                    inside(item.idSpan(), length, input);
                    inside(item.span(), length, input);
                    inside(item.statusSpan(), length, input);
                    item.owns().forEach(owned -> inside(owned.span(), length, input));
                    item.criteria().forEach(criterion -> inside(criterion.span(), length, input));
                });
                document.refs().forEach(ref -> inside(ref.span(), length, input));
                document.claims().forEach(claim -> inside(claim.idSpan(), length, input));
                document.notices().forEach(notice -> inside(notice.span(), length, input));
                document.sections().forEach(section -> inside(section.body(), length, input));
                SagaParser.numbered(document, 1 + random.nextInt(3), random.nextInt(3));
            }
        }
    }

    private static void inside(Span span, int length, String input) {
        assertTrue(span == null || span.end() <= length, () -> span + " beyond " + length + " in " + input);
    }
}
