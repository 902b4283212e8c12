package dev.specls.syntax.plan;

import dev.specls.text.Span;

/**
 * A place in the Markdown that an author reads as XML: a fenced block, or a {@code <phases>…</phases>}
 * element standing in the prose. This is the author's view of the file, which sago's own lookup (two
 * regular expressions on the raw text) does not share; specls compares the two.
 *
 * @param kind        what the author marked it as
 * @param span        the whole region: fence lines included, or the raw element
 * @param contentSpan between the fence lines (to the end of the file when unclosed), or the raw element
 * @param infoSpan    the fence's info string ({@code xml title="x"}), empty right after the backticks when
 *                    there is none; {@code null} for a raw element
 * @param closed      false for a fence that runs to the end of the file
 * @param quoted      true when the fence stands in a blockquote, so its lines start with {@code >}
 * @param holdsPlan   true when it holds both a phase and a task start tag (in any spelling): a plan, not a snippet
 * @param taskCount   how many task start tags it holds, in any spelling
 */
public record PlanRegion(Kind kind, Span span, Span contentSpan, Span infoSpan, boolean closed, boolean quoted, boolean holdsPlan, int taskCount) {

    public enum Kind {
        /** A fence whose language is xml in any case ({@code ```xml}, {@code ```XML}, {@code ~~~xml}). */
        XML_FENCE,
        /** A fence without a language, which sago's raw {@code <phases>} search reads into. */
        PLAIN_FENCE,
        /** A fence in another language ({@code ```text}, {@code ```html}): an example, as its author says. */
        EXAMPLE_FENCE,
        /** {@code <phases>…</phases>} outside any fence. */
        RAW_PHASES
    }

    /** True for the regions an author could mean as the plan: not the ones marked as examples. */
    public boolean candidate() {
        return kind != Kind.EXAMPLE_FENCE;
    }

    public boolean fenced() {
        return kind != Kind.RAW_PHASES;
    }
}
