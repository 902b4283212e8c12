package dev.specls.llm;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.plan.TaskBlock;

/** Where a plan's {@code <phases>} block sits in PLAN.md, and the file a new block makes. */
final class PlanFile {

    static final String FILE_NAME = "PLAN.md";

    private PlanFile() {
    }

    /**
     * The plan file with this block: the existing file with its block replaced (the Markdown around it kept), or a
     * new file that holds the block in an {@code ```xml} fence, as sago writes it, when there is none.
     */
    static String withBlock(String existing, String phasesXml) {
        if (existing != null) {
            TaskBlock block = PlanParser.parse(existing).block();
            if (block != null) {
                return existing.substring(0, block.contentSpan().start()) + phasesXml + existing.substring(block.contentSpan().end());
            }
        }
        return "# PLAN.md\n\n"
                + "Tasks for coding agents, in sago's format: each `<task>` depends on the ids in `depends_on`, or on every earlier task of"
                + " its phase when it names none; STATE.md records which are done.\n\n"
                + "```xml\n" + phasesXml + "\n```\n";
    }

    /** The text of the plan's block (the {@code <phases>} element sago reads), or {@code null} without one. */
    static String block(String planText) {
        if (planText == null) {
            return null;
        }
        PlanDocument plan = PlanParser.parse(planText);
        return plan.block() == null ? null : planText.substring(plan.block().contentSpan().start(), plan.block().contentSpan().end());
    }

    /** Offset of the block's content in the file, or 0 without one. */
    static int blockStart(String planText) {
        TaskBlock block = PlanParser.parse(planText).block();
        return block == null ? 0 : block.contentSpan().start();
    }

    /**
     * The {@code <phases>} element of a model's answer, found as sago's planner finds it (the first {@code <phases>} to
     * the first {@code </phases>} after it), with a bare {@code &} escaped as sago does; {@code null} when it has none.
     */
    static String phasesOf(String answer) {
        int open = -1;
        for (int at = answer.indexOf("<phases"); at >= 0; at = answer.indexOf("<phases", at + 1)) {
            int after = at + "<phases".length();
            if (after < answer.length() && (answer.charAt(after) == '>' || Character.isWhitespace(answer.charAt(after)))) {
                open = at;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        int close = answer.indexOf("</phases>", open);
        if (close < 0) {
            return null;
        }
        String xml = answer.substring(open, close + "</phases>".length());
        return xml.replaceAll("&(?!amp;|lt;|gt;|quot;|apos;|#)", "&amp;");
    }
}
