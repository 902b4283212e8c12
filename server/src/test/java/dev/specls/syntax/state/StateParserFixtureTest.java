package dev.specls.syntax.state;

import static dev.specls.testing.GoldenFixtures.Dump.quote;

import dev.specls.testing.GoldenFixtures;
import dev.specls.testing.GoldenFixtures.Dump;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden files under {@code fixtures/state-parser/} plus the corpus' STATE samples. */
class StateParserFixtureTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return GoldenFixtures.tests("state-parser", "STATE-", StateParserFixtureTest::dump);
    }

    static String dump(String text) {
        StateDocument document = StateParser.parse(text);
        Dump dump = new Dump(text);
        for (StateSection section : document.sections()) {
            dump.line("section", dump.range(section.headingSpan()), "h" + section.level(), quote(section.title()),
                    "extent=" + dump.range(section.span()));
        }
        for (StateEntry entry : document.entries()) {
            dump.line("entry", entry.mark().word(), quote(entry.taskId()), dump.range(entry.idSpan()),
                    entry.readableBySago() ? "sago-reads" : "sago-skips", "line", dump.range(entry.lineSpan()));
            dump.line("  name", dump.range(entry.nameSpan()), quote(entry.name()), "notes", quote(entry.notes()));
        }
        for (StateField field : document.fields()) {
            dump.line("field", quote(field.key()), dump.range(field.keySpan()), "value", dump.range(field.valueSpan()), quote(field.value()));
            if (field.taskRef() != null) {
                dump.line("  task", quote(field.taskRef().value()), dump.range(field.taskRef().span()));
            }
        }
        return dump.toString();
    }
}
