package dev.specls.syntax.requirements;

import dev.specls.text.Span;

/**
 * One declared requirement.
 *
 * @param id            the id as written ({@code FR-001})
 * @param canonicalId   the id compared across files ({@code FR-1}): see {@link dev.specls.syntax.RequirementId#canonical}
 * @param idSpan        the id itself, without the bold markers
 * @param text          the requirement text, trimmed
 * @param textSpan      span of that text
 * @param lineSpan      the whole line, without its line break
 * @param checked       {@code true} for {@code [x]}, {@code false} for {@code [ ]}, {@code null} without a checkbox
 * @param syntax        the syntax it is written in
 * @param sagoVersion   the version sago assigns ("V1", "V2", …) following its heading rule
 * @param inScope       false under a V2 / Future / Out of Scope heading (not expected to be covered now)
 * @param sectionTitle  the nearest heading's text, "" when none
 * @param readableBySago whether sago's own regex reads this line
 */
public record Requirement(
        String id,
        String canonicalId,
        Span idSpan,
        String text,
        Span textSpan,
        Span lineSpan,
        Boolean checked,
        RequirementSyntax syntax,
        String sagoVersion,
        boolean inScope,
        String sectionTitle,
        boolean readableBySago) {
}
