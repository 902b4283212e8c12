package dev.specls.syntax.prompt;

import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown structure of a prompt's body as CommonMark reads it: headings for the outline and
 * code, where SASE does not expand references.
 *
 * @param headings every heading, in order
 * @param code     every fenced or indented code block and code span
 */
public record MarkdownStructure(List<Section> headings, List<Span> code) {

    /** A heading: its level, its text, the heading line and the section it opens (up to the next heading of its level or higher). */
    public record Section(int level, String title, Span heading, Span section) {
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    static MarkdownStructure read(String text, int bodyStart, int bodyEnd) {
        Node document = PARSER.parse(text.substring(bodyStart, bodyEnd));
        List<int[]> headingSpans = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Span> code = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                Span span = span(heading, bodyStart);
                if (span != null) {
                    headingSpans.add(new int[] {span.start(), span.end()});
                    levels.add(heading.getLevel());
                    StringBuilder title = new StringBuilder();
                    heading.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text node) {
                            title.append(node.getLiteral());
                        }

                        @Override
                        public void visit(Code node) {
                            title.append(node.getLiteral());
                        }
                    });
                    titles.add(title.toString().strip());
                }
            }

            @Override
            public void visit(FencedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(Code node) {
                add(node);
            }

            private void add(Node node) {
                Span span = span(node, bodyStart);
                if (span != null) {
                    code.add(span);
                }
            }
        });
        int[] ends = new int[headingSpans.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < headingSpans.size(); i++) {
            while (!open.isEmpty() && levels.get(open.peek()) >= levels.get(i)) {
                ends[open.pop()] = headingSpans.get(i)[0];
            }
            open.push(i);
        }
        open.forEach(i -> ends[i] = bodyEnd);
        List<Section> headings = new ArrayList<>();
        for (int i = 0; i < headingSpans.size(); i++) {
            Span heading = new Span(headingSpans.get(i)[0], headingSpans.get(i)[1]);
            headings.add(new Section(levels.get(i), titles.get(i), heading, new Span(heading.start(), Math.max(heading.end(), ends[i]))));
        }
        code.sort(null);
        return new MarkdownStructure(List.copyOf(headings), List.copyOf(code));
    }

    private static Span span(Node node, int base) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        int start = base + first.getInputIndex();
        int end = base + last.getInputIndex() + last.getLength();
        return new Span(start, Math.max(start, end));
    }
}
