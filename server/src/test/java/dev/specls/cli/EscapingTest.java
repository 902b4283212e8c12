package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that reaches a format's syntax must stay data: annotations, Mermaid labels, DOT strings, URIs, node names. */
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
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain                    | plain
            say "hi"                 | say #quot;hi#quot;
            <b>&amp;                 | #lt;b#gt;#amp;amp;
            #1 `code`                | #35;1 #96;code#96;
            """)
    void mermaidLabelsUseEntityCodes(String text, String expected) {
        assertEquals(expected, MermaidGraph.label(text));
    }

    @Test
    void mermaidLabelsFoldLineBreaks() {
        assertEquals("a b  c", MermaidGraph.label("a\nb\r\nc"));
    }

    @Test
    void dotStringsEscapeQuotesAndBackslashes() {
        assertEquals("\"say \\\"hi\\\" C:\\\\dir a b\"", DotGraph.quoted("say \"hi\" C:\\dir a\nb"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1.1              | 1_1
            setup step       | setup_step
            a-b/c"d          | a_b_c_d
            Größe            | Gr__e
            ''               | ''
            """)
    void nodeNamesKeepOnlySafeCharacters(String id, String expected) {
        assertEquals(expected, GraphDrawing.safe(id));
    }

    @Test
    void idsThatCollideAfterSanitisingGetDistinctNodes() {
        GraphTask first = task("1.1");
        GraphTask second = task("1_1");
        GraphTask again = task("1.1");
        GraphDrawing drawing = GraphDrawing.of(List.of(new GraphPlan("PLAN.md",
                List.of(new GraphPhase("Phase 1", List.of(first, second, again))))));

        List<String> names = drawing.charts().get(0).clusters().get(0).nodes().stream().map(GraphDrawing.Node::name).toList();

        assertEquals(List.of("t_1_1", "t_1_1_2", "t_1_1_3"), names);
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

    private static GraphTask task(String id) {
        return new GraphTask(id, "", List.of(), List.of(), List.of(), "", "", 0, "pending");
    }
}
