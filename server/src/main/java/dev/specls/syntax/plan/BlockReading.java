package dev.specls.syntax.plan;

import dev.specls.text.Span;

/**
 * How sago's block lookup (two regular expressions on the raw text) compares with the plan as its author
 * sees it in the Markdown. Only {@link Verdict#READS_PLAN} means sago reads the block the author meant, as
 * the author meant it; every other verdict names the place that makes sago read something else.
 *
 * @param verdict what happens
 * @param read    the region sago's block starts in, or {@code null} when it starts in the prose
 * @param plan    the region that holds the author's plan ({@code read} when sago reads it), or {@code null}
 * @param cause   where to point: the start of the block sago reads instead, the backticks it stops at, the
 *                info string or blockquote marker it reads as XML; {@code null} for READS_PLAN and NO_BLOCK
 */
public record BlockReading(Verdict verdict, PlanRegion read, PlanRegion plan, Span cause) {

    public enum Verdict {
        /** Neither expression matches: sago reports "no task block". */
        NO_BLOCK,
        /** sago reads the author's plan; any trouble left is in its XML. */
        READS_PLAN,
        /** sago reads another block (an example fence, inline {@code ```xml} in prose, {@code <phases-list>}) and never the plan. */
        READS_OTHER_BLOCK,
        /** sago's block ends at three backticks inside the plan's fence, so the rest is never read. */
        CUT_SHORT,
        /** The text after {@code ```xml} on the fence's line becomes XML that sago cannot parse. */
        INFO_STRING,
        /** The fence stands in a blockquote: sago reads the {@code >} markers as XML. */
        QUOTED
    }

    static final BlockReading NONE = new BlockReading(Verdict.NO_BLOCK, null, null, null);
}
