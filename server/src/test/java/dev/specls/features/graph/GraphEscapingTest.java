package dev.specls.features.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that reaches a diagram's syntax must stay data: Mermaid labels, DOT strings, node names. */
class GraphEscapingTest {

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
                List.of(new GraphPhase("Phase 1", List.of(first, second, again))), null)));

        List<String> names = drawing.charts().get(0).clusters().get(0).nodes().stream().map(GraphDrawing.Node::name).toList();

        assertEquals(List.of("t_1_1", "t_1_1_2", "t_1_1_3"), names);
    }

    private static GraphTask task(String id) {
        return new GraphTask(id, "", List.of(), List.of(), List.of(), "", "", 0, "pending");
    }
}
