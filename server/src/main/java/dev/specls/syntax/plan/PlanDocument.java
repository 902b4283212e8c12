package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlDocument;
import dev.specls.text.Span;
import java.util.List;

/**
 * A plan file as sago reads it, plus what specls needs to explain sago's behaviour.
 *
 * @param block          the block sago reads, or {@code null} when there is none (sago: "no task block")
 * @param ignoredBlocks  later {@code ```xml} fences or {@code <phases>} elements that sago never reads
 * @param upperCaseFences fences opened with another spelling of xml ({@code ```XML}, {@code ```Xml}) that sago does not see
 * @param phasesBlockShadowed when {@code block} is an xml fence without {@code <phases>}, the span of a
 *                       later {@code <phases>} element that sago would otherwise have read; else {@code null}
 * @param xml            the XML read from the block ({@code null} when there is no block)
 * @param phases         the root's direct {@code <phase>} children, in order; recovered even when the XML
 *                       is not well-formed (then sago itself reads nothing)
 * @param tasks          every task of every phase in document order
 * @param packages       {@code <dependencies><package>} texts, trimmed
 * @param review         the root's {@code <review>} field, or {@code null}
 */
public record PlanDocument(
        TaskBlock block,
        List<TaskBlock> ignoredBlocks,
        List<Span> upperCaseFences,
        Span phasesBlockShadowed,
        XmlDocument xml,
        List<Phase> phases,
        List<Task> tasks,
        List<Ref> packages,
        Field review) {

    /** True when sago would read this plan at all (a block exists and its XML is well-formed). */
    public boolean readableBySago() {
        return block != null && xml != null && xml.wellFormed() && xml.root() != null;
    }
}
