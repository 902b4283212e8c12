package dev.specls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileLineTest {

    /** sago: {@code [f.strip() for f in files.text.strip().split("\n") if f.strip()]}: whole lines, blank ones dropped. */
    @Test
    void linesAreWhatSagoSplits() {
        String plan = "<phases><phase name=\"P\"><task id=\"1.1\"><files>\n  a.py  \n\n - b.py\n\tc.py, d.py\u00a0\n</files></task></phase></phases>";
        List<Ref> files = PlanParser.parse(plan).tasks().get(0).files();
        List<FileLine> lines = files.stream().map(FileLine::of).toList();
        assertEquals(List.of("a.py", "- b.py", "c.py, d.py"), lines.stream().map(FileLine::name).toList());
        for (FileLine line : lines) {
            assertEquals(line.name(), line.span().of(plan));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.py              | false | false | a.py",
        "- a.py            | true  | false | a.py",
        "*\ta.py           | true  | false | a.py",
        "-a.py             | false | false | -a.py",
        "a.py, b.py        | false | true  | a.py, b.py",
        "a.py,b.py,        | false | true  | a.py,b.py,",
        "- a.py, b.py      | true  | true  | a.py, b.py",
        "src/{a,b}.py      | false | false | src/{a,b}.py",
        "see a, then b     | false | false | see a, then b",
    })
    void howALineReadsToItsAuthor(String name, boolean bulleted, boolean commaSeparated, String path) {
        FileLine line = new FileLine(name, new Span(10, 10 + name.length()));
        assertEquals(bulleted, line.bulleted());
        assertEquals(commaSeparated, line.commaSeparated());
        assertEquals(bulleted || commaSeparated, line.misread());
        assertEquals(path, line.path());
        assertEquals(path, line.pathSpan().of(" ".repeat(10) + name));
    }

    @Test
    void intendedPathsSplitAList() {
        assertEquals(List.of("a.py", "b.py"), new FileLine("- a.py, b.py,", new Span(0, 13)).intendedPaths());
        assertEquals(List.of("a.py"), new FileLine("* a.py", new Span(0, 6)).intendedPaths());
    }

    @Test
    void aLineWrittenWithEntitiesKeepsItsWholeSpan() {
        FileLine line = new FileLine("- a&b.py", new Span(0, 12));
        assertEquals(new Span(0, 12), line.pathSpan());
    }
}
