package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;

/**
 * A plan file in which sago finds no block at all. Points at what the author most likely meant as
 * the block: an upper-case {@code ```XML} fence, else a {@code <phases} start tag that is never closed,
 * else the first line.
 */
final class NoTaskBlock extends AbstractRule {

    private static final String PHASES_TAG = "<phases";
    private static final String FIX = "Put the plan in a fence opened with ```xml (lower case) whose root element is <phases>.";

    NoTaskBlock() {
        super("plan/no-task-block", Severity.ERROR,
                "The plan file has no block sago reads (no ```xml fence and no <phases>…</phases>), so sago reads no tasks.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = specSet.planDocument();
        if (plan == null || plan.block() != null) {
            return;
        }
        SourceFile file = specSet.plan();
        String text = file.text();
        if (!plan.upperCaseFences().isEmpty()) {
            sink.report(file.uri(), plan.upperCaseFences().get(0),
                    "sago reports \"no task block\" and reads no tasks: it looks only for a lower-case ```xml fence, so it skips this one. "
                            + "Write ```xml, and make <phases> the root element.");
            return;
        }
        int phasesTag = unclosedPhasesTag(text);
        if (phasesTag >= 0) {
            sink.report(file.uri(), new Span(phasesTag, phasesTag + PHASES_TAG.length()),
                    "sago reports \"no task block\" and reads no tasks: this <phases> is never closed with </phases>. " + FIX);
            return;
        }
        sink.report(file.uri(), firstLine(file),
                "sago reports \"no task block\" and reads no tasks: this plan file has no ```xml fence and no <phases> element. " + FIX);
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
