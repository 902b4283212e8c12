package dev.specls.syntax.prompt;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.text.Span;
import java.util.List;

/**
 * The YAML block between the opening and closing fence lines at the very top of a prompt file.
 *
 * @param span     the whole block, fences included
 * @param content  the YAML text between the fences
 * @param root     what the YAML composed to; {@code null} when it is empty or does not parse
 * @param problems where the YAML does not parse, as the tool's YAML loader would refuse it
 */
public record Frontmatter(Span span, Span content, YamlNode root, List<SyntaxProblem> problems) {

    /** The top-level mapping, or {@code null} when the frontmatter is not one. */
    public YamlNode.Mapping mapping() {
        return root instanceof YamlNode.Mapping mapping ? mapping : null;
    }
}
