package dev.specls.syntax.requirements;

import static dev.specls.testing.GoldenFixtures.Dump.quote;

import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.GoldenFixtures.Dump;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden files under {@code fixtures/requirements-parser/} plus the corpus' REQUIREMENTS samples. */
class RequirementsParserFixtureTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return GoldenFixtures.tests("requirements-parser", "REQUIREMENTS-", RequirementsParserFixtureTest::dump);
    }

    static String dump(String text) {
        RequirementsDocument document = RequirementsParser.parse(text);
        Dump dump = new Dump(text);
        for (RequirementsSection section : document.sections()) {
            dump.line("section", dump.range(section.headingSpan()), "h" + section.level(), quote(section.title()),
                    "extent=" + dump.range(section.span()), section.inScope() ? "in-scope" : "out-of-scope");
        }
        for (Requirement requirement : document.requirements()) {
            dump.line("requirement", requirement.id(), "canonical=" + requirement.canonicalId(), requirement.syntax(),
                    "checked=" + requirement.checked(), requirement.sagoVersion(), requirement.inScope() ? "in-scope" : "out-of-scope",
                    requirement.readableBySago() ? "sago-reads" : "sago-skips");
            dump.line("  id", dump.range(requirement.idSpan()), "line", dump.range(requirement.lineSpan()),
                    "section", quote(requirement.sectionTitle()));
            dump.line("  text", dump.range(requirement.textSpan()), quote(requirement.text()));
        }
        for (UnparsedLine line : document.unparsedLines()) {
            dump.line("unparsed", dump.range(line.lineSpan()), quote(line.reason()));
            dump.line("  suggest", quote(line.suggestedLine()));
        }
        return dump.toString();
    }
}
