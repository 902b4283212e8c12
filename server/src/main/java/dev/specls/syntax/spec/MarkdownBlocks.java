package dev.specls.syntax.spec;

import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown structure of a spec file as CommonMark reads it, flattened in document order: headings,
 * list items and paragraphs that are not a list item's first line. Text inside code fences, HTML blocks
 * (template comments) and indented code is not structure, so it yields nothing. Each block carries the
 * raw text of its first line, which is what the formats' own patterns apply to.
 */
final class MarkdownBlocks {

    enum Type { HEADING, LIST_ITEM, PARAGRAPH }

    /**
     * @param level     the heading level, or for a list item its depth (1 for a top-level item)
     * @param span      the whole block
     * @param firstLine the block's first line from the block's start to the line end, without the line break
     */
    record MarkdownBlock(Type type, int level, Span span, Span firstLine) {

        String firstLineText(String text) {
            return firstLine.of(text);
        }
    }

    /**
     * Block structure only: the formats' patterns read each block's raw text, so the inline parse (emphasis,
     * links, code spans) would be thrown away, and it is most of CommonMark's time on a large tasks.md.
     */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, block) -> { })
            .build();

    private MarkdownBlocks() {
    }

    static List<MarkdownBlock> of(String text) {
        List<MarkdownBlock> blocks = new ArrayList<>();
        Node document = PARSER.parse(text);
        walk(document, 0, text, blocks);
        return blocks;
    }

    /** The sections the headings of the blocks open: each runs to the next heading of the same or a higher level. */
    static List<Section> sections(List<MarkdownBlock> blocks, String text) {
        List<MarkdownBlock> headings = blocks.stream().filter(block -> block.type() == Type.HEADING).toList();
        int[] ends = new int[headings.size()];
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < headings.size(); i++) {
            while (!open.isEmpty() && headings.get(open.peek()).level() >= headings.get(i).level()) {
                ends[open.pop()] = headings.get(i).span().start();
            }
            open.push(i);
        }
        while (!open.isEmpty()) {
            ends[open.pop()] = text.length();
        }
        List<Section> sections = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            MarkdownBlock heading = headings.get(i);
            int end = trimTrailingWhitespace(text, heading.span().end(), ends[i]);
            sections.add(new Section(headingTitle(heading, text), heading.level(), heading.span(), new Span(heading.span().start(), end)));
        }
        return sections;
    }

    /** The heading's text without its {@code #} marks and closing sequence. */
    static String headingTitle(MarkdownBlock heading, String text) {
        String line = heading.firstLineText(text).strip();
        int at = 0;
        while (at < line.length() && line.charAt(at) == '#') {
            at++;
        }
        String title = line.substring(at).strip();
        int closing = title.length();
        while (closing > 0 && title.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing < title.length() && (closing == 0 || title.charAt(closing - 1) == ' ')) {
            title = title.substring(0, closing).strip();
        }
        return title;
    }

    private static void walk(Node node, int listDepth, String text, List<MarkdownBlock> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                add(Type.HEADING, heading.getLevel(), heading, text, into);
            } else if (child instanceof ListItem) {
                add(Type.LIST_ITEM, listDepth + 1, child, text, into);
                walk(child, listDepth + 1, text, into);
            } else if (child instanceof Paragraph) {
                if (!(node instanceof ListItem && node.getFirstChild() == child)) {
                    add(Type.PARAGRAPH, listDepth, child, text, into);
                }
            } else if (child instanceof Block) {
                walk(child, listDepth, text, into);
            }
        }
    }

    private static void add(Type type, int level, Node node, String text, List<MarkdownBlock> into) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int start = Math.min(spans.get(0).getInputIndex(), text.length());
        SourceSpan last = spans.get(spans.size() - 1);
        int end = Math.min(Math.max(start, last.getInputIndex() + last.getLength()), text.length());
        int lineEnd = lineEnd(text, start);
        into.add(new MarkdownBlock(type, level, new Span(start, end), new Span(start, lineEnd)));
    }

    static int lineEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    private static int trimTrailingWhitespace(String text, int start, int end) {
        int at = end;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
