package dev.specls.syntax.plan;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.syntax.SyntaxTree;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.syntax.xml.XmlReader;
import java.util.List;

/**
 * A plan file as sago reads it, plus what specls needs to explain sago's behaviour.
 *
 * @param block    the block sago reads, or {@code null} when there is none (sago: "No XML task block found")
 * @param regions  the regions an author reads as XML (fences, raw {@code <phases>}), in document order
 * @param reading  how sago's block compares with the author's plan
 * @param xml      the XML read from the block; without a block, from a first {@code <phases>} tag to the end of
 *                 the file, for the editor; {@code null} when there is neither
 * @param names    the names and attributes ElementTree reports for that XML, with expat's namespace errors
 * @param phases   the root's direct {@code <phase>} children, in order; recovered even when the XML
 *                 is not well-formed (then sago itself reads nothing)
 * @param tasks    every task of every phase in document order
 * @param packages {@code <dependencies><package>} texts, trimmed
 * @param review   the root's {@code <review>} field, or {@code null}
 * @param dropped  the phases and tasks of the block that sago never reads, topmost first
 */
public record PlanDocument(
        TaskBlock block,
        List<PlanRegion> regions,
        BlockReading reading,
        XmlDocument xml,
        XmlNames names,
        List<Phase> phases,
        List<Task> tasks,
        List<Ref> packages,
        Field review,
        List<DroppedElement> dropped) implements SyntaxTree {

    /** True when sago can parse the block it reads: one exists, and expat accepts its XML. */
    public boolean readableBySago() {
        return block != null && xml != null && xml.wellFormed() && names.problems().isEmpty() && xml.root() != null;
    }

    /** True when sago parses the block the author means as the plan, so what it reads is this document's tasks. */
    public boolean readsThePlan() {
        return readableBySago() && reading.verdict() != BlockReading.Verdict.READS_OTHER_BLOCK;
    }

    /**
     * Where and why sago's parser gives up on the block, as expat would first complain: the earliest
     * well-formedness or namespace error, or the block holding no element; {@code null} when it parses, or
     * when there is no block. The message leaves out the note that the reader stops there.
     */
    public SyntaxProblem sagoError() {
        if (block == null || readableBySago()) {
            return null;
        }
        SyntaxProblem first = xml.errors().isEmpty() ? null : xml.errors().get(0);
        if (!names.problems().isEmpty()) {
            XmlNames.Problem problem = names.problems().get(0);
            if (first == null || problem.span().start() < first.span().start()) {
                first = new SyntaxProblem(problem.span(), problem.message());
            }
        }
        if (first == null) {
            return new SyntaxProblem(block.contentSpan(), "The block holds no element");
        }
        return new SyntaxProblem(first.span(), first.message().replace(XmlReader.STOPS_HERE, ""));
    }

    /** The phases sago reads: none when it cannot parse the block. */
    public List<Phase> phasesSagoReads() {
        return readableBySago() ? phases : List.of();
    }
}
