package dev.specls.syntax.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.specls.testing.ParseInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs built to break a template reader: each parses, in every dialect, with every span inside the text. */
class HostilePromptsTest {

    @Test
    void hostileBodiesParse() {
        for (String text : List.of(
                "{{".repeat(50_000),
                "{%".repeat(50_000) + "%}",
                "{#".repeat(50_000),
                "{% if x %}".repeat(20_000),
                "{% endif %}".repeat(20_000),
                "{{#each a}}".repeat(20_000),
                "{{/each}}".repeat(20_000),
                "{{ a" + ".b".repeat(50_000) + " }}",
                "{{ (" + "(".repeat(50_000) + " }}",
                "#a(" + "(".repeat(50_000),
                "#" + "a/".repeat(20_000),
                "\"'".repeat(30_000),
                "---\n" + "- ".repeat(10_000) + "\n---\n",
                "---\na: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n---\n",
                "---\n" + "[".repeat(5_000) + "\n---\n",
                "#".repeat(7) + " h\n".repeat(30_000),
                "\uD83D\uDE00{{ \uD83D\uDE00 }}---\n\uD800",
                "\uFEFF---\ninput: {a: line}\n---\n{{ a }}",
                "---\r\ninput:\r\n  a: line\r\n---\r\n{{ a }}\r\n")) {
            ParseInvariants.prompt(text);
        }
    }

    @Test
    void anUnclosedTagEndsAtTheNextOneSoTheRestIsStillRead() {
        PromptTemplate template = PromptParser.parse("xprompts/a.md", "---\ninput:\n  a: line\n---\n{{ a\n{{ b }} {% if c %}{{ d }}{% endif %}");
        assertEquals(List.of("a", "b", "c", "d"), template.body().variables().stream().map(TemplateBody.VariableUse::name).toList());
        assertEquals(1, template.body().problems().size());
    }

    @Test
    void frontmatterMarksCountCodePointsButSpansCountUtf16Units() {
        String text = "---\nname: \uD83D\uDE00x\ninput:\n  topic: line\n---\n{{ topic }}";
        PromptTemplate template = PromptParser.parse("xprompts/a.md", text);
        PromptInput topic = template.inputs().find("topic");
        assertEquals("topic", topic.nameSpan().of(text));
        assertFalse(template.inputs().invalid().iterator().hasNext());
        assertNull(PromptParser.parse("xprompts/a.md", "no frontmatter").frontmatter());
    }
}
