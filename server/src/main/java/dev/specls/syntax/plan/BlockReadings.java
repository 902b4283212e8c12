package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;
import java.util.List;

/** Compares the block sago reads with the regions an author reads as the plan (see {@link BlockReading}). */
final class BlockReadings {

    private BlockReadings() {
    }

    /**
     * @param sagoTasks  how many tasks sago reads from the block (0 when it cannot parse it)
     * @param firstError where sago's XML parser gives up, -1 when it does not
     */
    static BlockReading judge(String text, TaskBlock block, List<PlanRegion> regions, int sagoTasks, int firstError) {
        PlanRegion read = regionRead(text, block, regions);
        if (read == null || !read.holdsPlan()) {
            PlanRegion plan = firstPlan(regions, read);
            if (plan != null && sagoTasks < plan.taskCount()) {
                return new BlockReading(BlockReading.Verdict.READS_OTHER_BLOCK, read, plan, start(text, block));
            }
            return new BlockReading(BlockReading.Verdict.READS_PLAN, read, read, null);
        }
        if (block.kind() == TaskBlock.Kind.XML_FENCE && firstError >= 0) {
            int opener = block.span().start();
            int lineEnd = PlanRegions.lineEnd(text, opener);
            Span tail = trimmed(text, opener + SagoBlock.XML_FENCE.length(), lineEnd);
            if (!tail.isEmpty() && firstError < lineEnd) {
                return new BlockReading(BlockReading.Verdict.INFO_STRING, read, read, tail);
            }
            int marker = firstQuoteMarker(text, block.contentSpan());
            if (read.quoted() && marker >= 0) {
                return new BlockReading(BlockReading.Verdict.QUOTED, read, read, new Span(marker, marker + 1));
            }
        }
        if (block.kind() == TaskBlock.Kind.XML_FENCE && read.closed()) {
            int closer = block.span().end() - 3;
            boolean restHoldsPlan = !isBlank(text, block.span().end(), read.contentSpan().end());
            if (closer < read.contentSpan().end() && restHoldsPlan && (firstError >= 0 || sagoTasks < read.taskCount())) {
                return new BlockReading(BlockReading.Verdict.CUT_SHORT, read, read, new Span(closer, closer + 3));
            }
        }
        return new BlockReading(BlockReading.Verdict.READS_PLAN, read, read, null);
    }

    /**
     * The region sago's block starts in: the fence whose opening backticks begin its {@code ```xml}, the raw
     * element it matches, or the fence whose content it starts in; {@code null} when it starts in the prose.
     */
    private static PlanRegion regionRead(String text, TaskBlock block, List<PlanRegion> regions) {
        int start = block.span().start();
        if (block.kind() == TaskBlock.Kind.XML_FENCE) {
            for (PlanRegion region : regions) {
                boolean backtickFence = region.fenced() && text.charAt(region.span().start()) == '`';
                if (backtickFence && start >= region.span().start() && start + 3 == region.infoSpan().start()) {
                    return region;
                }
            }
        }
        for (PlanRegion region : regions) {
            if (region.kind() == PlanRegion.Kind.RAW_PHASES ? region.span().start() == start
                    : region.contentSpan().start() <= start && start < region.contentSpan().end()) {
                return region;
            }
        }
        return null;
    }

    /** The first region its author could mean as the plan that holds one, other than {@code read}. */
    private static PlanRegion firstPlan(List<PlanRegion> regions, PlanRegion read) {
        for (PlanRegion region : regions) {
            if (region != read && region.candidate() && region.holdsPlan()) {
                return region;
            }
        }
        return null;
    }

    /** What sago's match starts with: {@code ```xml}, or the {@code <phases…} name it matched. */
    private static Span start(String text, TaskBlock block) {
        int start = block.span().start();
        if (block.kind() == TaskBlock.Kind.XML_FENCE) {
            return new Span(start, start + SagoBlock.XML_FENCE.length());
        }
        int end = start + 1;
        while (end < block.span().end() && !PlanRegions.isTagNameEnd(text.charAt(end))) {
            end++;
        }
        return new Span(start, end);
    }

    /** A {@code >} that starts a line of the block, after indentation: a blockquote marker sago reads as XML. */
    private static int firstQuoteMarker(String text, Span content) {
        int lineStart = content.start();
        while (lineStart < content.end()) {
            int i = lineStart;
            while (i < content.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < content.end() && text.charAt(i) == '>') {
                return i;
            }
            int end = PlanRegions.lineEnd(text, lineStart);
            lineStart = PlanRegions.nextLineStart(text, end);
            if (end >= content.end()) {
                break;
            }
        }
        return -1;
    }

    private static Span trimmed(String text, int from, int to) {
        int start = from;
        while (start < to && XmlText.isPythonSpace(text.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && XmlText.isPythonSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!XmlText.isPythonSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
