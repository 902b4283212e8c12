package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * A plan file in which sago finds no block at all. Points at what the author most likely meant as the
 * block: a {@code ```xml} fence that is never closed, an upper-case {@code ```XML} fence, a {@code <phases}
 * start tag that is never closed, else the first line.
 */
final class NoTaskBlock extends AbstractRule {

    private static final String PHASES_TAG = "<phases";
    private static final String XML_FENCE = "```xml";
    private static final String NO_BLOCK = "sago reports \"No XML task block found\" and reads no tasks: ";
    private static final String FIX = "Put the plan in a fence opened with ```xml (lower case) whose root element is <phases>.";

    NoTaskBlock() {
        super("plan/no-task-block", Severity.ERROR,
                "The plan file has no block sago reads (no closed ```xml fence and no <phases>…</phases>), so sago reads no tasks.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() != null) {
            return;
        }
        SourceFile file = specSet.plan();
        String text = file.text();
        int unclosedFence = text.indexOf(XML_FENCE);
        if (unclosedFence >= 0) {
            sink.report(file.uri(), new Span(unclosedFence, unclosedFence + XML_FENCE.length()), NO_BLOCK
                    + "no ``` follows this ```xml, so sago's fence search finds nothing, and the file has no complete <phases>…</phases> either. "
                    + "Close the fence with ```.");
            return;
        }
        Span upperCase = upperCaseFence(text, plan);
        if (upperCase != null) {
            sink.report(file.uri(), upperCase, NO_BLOCK
                    + "it looks only for a lower-case ```xml fence, so it skips this one. Write ```xml, and make <phases> the root element.");
            return;
        }
        int phasesTag = unclosedPhasesTag(text);
        if (phasesTag >= 0) {
            sink.report(file.uri(), new Span(phasesTag, phasesTag + PHASES_TAG.length()),
                    NO_BLOCK + "this <phases> is never closed with </phases>. " + FIX);
            return;
        }
        sink.report(file.uri(), firstLine(file), NO_BLOCK + "this plan file has no ```xml fence and no <phases> element. " + FIX);
    }

    /** The backticks and language of the first fence whose language is xml in another case. */
    private static Span upperCaseFence(String text, PlanDocument plan) {
        for (PlanRegion region : plan.regions()) {
            if (region.kind() == PlanRegion.Kind.XML_FENCE && text.charAt(region.span().start()) == '`') {
                return new Span(region.span().start(), region.infoSpan().start() + 3);
            }
        }
        return null;
    }

    /** The first {@code <phases} start tag, when the file has one; sago found no {@code </phases>} after it. */
    private static int unclosedPhasesTag(String text) {
        int at = text.indexOf(PHASES_TAG);
        while (at >= 0 && !isTagEnd(text, at + PHASES_TAG.length())) {
            at = text.indexOf(PHASES_TAG, at + 1);
        }
        return at;
    }

    private static boolean isTagEnd(String text, int offset) {
        return offset == text.length() || text.charAt(offset) == '>' || text.charAt(offset) == '/' || Character.isWhitespace(text.charAt(offset));
    }

    /** The first line with any content, so the squiggle is visible; the whole first line of an empty file. */
    private static Span firstLine(SourceFile file) {
        String text = file.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return StructureSpans.nonEmpty(text, Span.at(0));
        }
        return StructureSpans.openingLine(file, new Span(start, text.length()));
    }
}
