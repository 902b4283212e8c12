package dev.specls.syntax.prompt;

import dev.specls.syntax.SyntaxTree;
import java.util.List;

/**
 * A parsed prompt file: which tool reads it, its frontmatter, its declared inputs, its body's
 * template elements and its Markdown structure. Immutable.
 *
 * @param flavor      the tool that reads it
 * @param syntax      the body's template language
 * @param frontmatter the YAML block at the top, or {@code null}
 * @param bodyStart   where the body starts (after the frontmatter)
 * @param inputs      its declared inputs
 * @param body        its template elements
 * @param markdown    its headings and code
 */
public record PromptTemplate(PromptFlavor flavor, TemplateSyntax syntax, Frontmatter frontmatter, int bodyStart, PromptInputs inputs,
        TemplateBody body, MarkdownStructure markdown) implements SyntaxTree {

    /** The frontmatter's {@code name}, which SASE references the prompt by instead of its file name; {@code null} when absent. */
    public String declaredName() {
        String name = frontmatterValue("name");
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The frontmatter's {@code description}, or {@code null}. */
    public String description() {
        YamlNode.Mapping mapping = frontmatter == null ? null : frontmatter.mapping();
        return mapping == null ? null : YamlNode.text(mapping.get("description"));
    }

    /** A scalar frontmatter value, or {@code null}. */
    public String frontmatterValue(String key) {
        YamlNode.Mapping mapping = frontmatter == null ? null : frontmatter.mapping();
        return mapping == null ? null : YamlNode.text(mapping.get(key));
    }

    public List<TemplateBody.Call> calls() {
        return body.calls();
    }
}
