package dev.specls.syntax.spec;

import static dev.specls.testing.GoldenFixtures.Dump.quote;

import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.GoldenFixtures.Dump;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files under {@code fixtures/spec-parser/<parser>/}: every item, reference, status claim, notice
 * and section each spec format's parser reads, with exact spans (0-based line:column in UTF-16).
 */
class SpecParsersFixtureTest {

    private static final Map<String, Function<String, SpecDocument>> PARSERS = Map.ofEntries(
            Map.entry("speckit-tasks", text -> SpecKitParser.parse(text, SpecRole.TASKS)),
            Map.entry("speckit-spec", text -> SpecKitParser.parse(text, SpecRole.SPEC)),
            Map.entry("speckit-checklist", text -> SpecKitParser.parse(text, SpecRole.CHECKLIST)),
            Map.entry("kiro-requirements", text -> KiroParser.parse(text, SpecRole.REQUIREMENTS)),
            Map.entry("kiro-tasks", text -> KiroParser.parse(text, SpecRole.TASKS)),
            Map.entry("kiro-design", text -> KiroParser.parse(text, SpecRole.DESIGN)),
            Map.entry("saga-task", text -> SagaParser.parse(text, SpecRole.SAGA_TASK)),
            Map.entry("saga-milestone", text -> SagaParser.parse(text, SpecRole.MILESTONE)),
            Map.entry("saga-index", text -> SagaParser.parse(text, SpecRole.SAGA)),
            Map.entry("saga-progress", text -> SagaParser.parse(text, SpecRole.PROGRESS)),
            Map.entry("gsd-roadmap", GsdParser::parseRoadmap),
            Map.entry("gsd-plan", GsdParser::parsePlan),
            Map.entry("specpilot-spec", text -> SpecpilotParser.parse(text, SpecRole.SPEC)),
            Map.entry("specpilot-plan", text -> SpecpilotParser.parse(text, SpecRole.PLAN)));

    @TestFactory
    Stream<DynamicNode> fixtures() {
        return PARSERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicContainer.dynamicContainer(entry.getKey(),
                        GoldenFixtures.tests("spec-parser/" + entry.getKey(), "no-corpus-file-", text -> dump(entry.getValue().apply(text), text))
                                .filter(test -> !test.getDisplayName().startsWith("shared corpus"))));
    }

    static String dump(SpecDocument document, String text) {
        Dump dump = new Dump(text);
        for (SpecItem item : document.items()) {
            dump.line("item", item.kind(), quote(item.id()), "key", quote(item.key()), dump.range(item.idSpan()), "extent", dump.range(item.span()));
            dump.line("  title", quote(item.title()), "status", item.status().word(), dump.range(item.statusSpan()), "scope", quote(item.scope()),
                    "level", item.level(), item.parallel() ? "parallel" : "sequential");
            for (Mention owned : item.owns()) {
                dump.line("  owns", quote(owned.text()), dump.range(owned.span()));
            }
            if (item.criteriaTitle() != null || !item.criteria().isEmpty()) {
                dump.line("  criteria", dump.range(item.criteriaTitle()));
            }
            for (Mention criterion : item.criteria()) {
                dump.line("    criterion", quote(criterion.text()), dump.range(criterion.span()));
            }
            if (item.waveSpan() != null) {
                dump.line("  wave", item.wave(), dump.range(item.waveSpan()));
            }
        }
        for (SpecRef ref : document.refs()) {
            dump.line("ref", ref.kind(), ref.strength(), "from", ref.fromKind() == null ? "-" : ref.fromKind() + " " + quote(ref.fromKey()), "to",
                    quote(ref.target()), ref.targetKinds().stream().map(Enum::name).sorted().toList(), dump.range(ref.span()),
                    ref.source() == null ? "" : quote(ref.source()));
        }
        for (StatusClaim claim : document.claims()) {
            dump.line("claim", quote(claim.id()), dump.range(claim.idSpan()), claim.status().word(), dump.range(claim.statusSpan()), quote(claim.name()));
        }
        for (SpecNotice notice : document.notices()) {
            dump.line("notice", notice.kind(), dump.range(notice.span()), quote(notice.detail()));
        }
        for (Section section : document.sections()) {
            dump.line("section", "h" + section.level(), quote(section.title()), dump.range(section.heading()), "body", dump.range(section.body()));
        }
        return dump.toString();
    }
}
