package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that reaches a report format's syntax must stay data: annotations and URIs (diagram escaping: GraphEscapingTest). */
class EscapingTest {

    @Test
    void githubDataEscapesPercentAndLineBreaksOnly() {
        assertEquals("100%25 done%0Anext%0D%0Aline: a, b", GithubReport.escapeData("100% done\nnext\r\nline: a, b"));
    }

    @Test
    void githubPropertiesAlsoEscapeColonAndComma() {
        assertEquals("C%3A/a%2Cb %25.md%0A", GithubReport.escapeProperty("C:/a,b %.md\n"));
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotEscapedTwice() {
        assertEquals("%250A", GithubReport.escapeData("%0A"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            specs/PLAN.md        | specs/PLAN.md
            a dir/PLAN.md        | a%20dir/PLAN.md
            c:weird/PLAN.md      | ./c:weird/PLAN.md
            dir/a:b.md           | dir/a:b.md
            über/PLAN.md         | %C3%BCber/PLAN.md
            /abs/PLAN.md         | /abs/PLAN.md
            """)
    void sarifUrisAreRelativeReferences(String path, String expected) {
        assertEquals(expected, SarifReport.uriReference(path));
    }
}
