package dev.specls.features;

import dev.specls.syntax.MarkdownOutline;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.LineIndex;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;

/**
 * Folding ranges for phases, tasks and sections, and selection ranges that grow along the same tree.
 *
 * <p>Folding: Markdown sections (heading to the last non-blank line of the section), fenced code and
 * HTML comments (kind {@code comment}), the plan's xml fence, and every XML element that spans lines
 * (phases and tasks are {@code region}s, {@code <dependencies>} is {@code imports}). An element's end
 * tag stays visible when it stands on its own line, as in XML and HTML editors. A task shows its id and
 * name when folded, for clients that support {@code collapsedText}.
 */
public final class Folding {

    private Folding() {
    }

    public static List<FoldingRange> foldingRanges(FeatureContext context, URI uri) {
        SourceFile file = context.workspace().file(uri);
        if (file == null) {
            return List.of();
        }
        String text = file.text();
        LineIndex lines = file.lineIndex();
        Map<Integer, FoldingRange> byStartLine = new HashMap<>();
        MarkdownOutline markdown = file.markdownOutline();
        for (MarkdownOutline.Heading heading : markdown.headings()) {
            context.cancellation().checkCanceled();
            int end = MarkdownOutline.trimEnd(text, heading.lineSpan().end(), heading.section().end());
            add(byStartLine, lines.lineOf(heading.lineSpan().start()), lines.lineOf(end), FoldingRangeKind.Region, null);
        }
        List<MarkdownOutline.Line> all = markdown.lines();
        for (int i = 0; i < all.size(); i++) {
            context.cancellation().checkCanceled();
            if (!all.get(i).literal()) {
                continue;
            }
            int first = i;
            while (i + 1 < all.size() && all.get(i + 1).literal() && !opensLiteral(text, all.get(i + 1), all.get(i))) {
                i++;
            }
            String opening = text.substring(all.get(first).start(), all.get(first).end()).strip();
            add(byStartLine, first, i, opening.startsWith("<!--") ? FoldingRangeKind.Comment : null, null);
        }
        for (FoldingRange range : context.features().of(file.kind()).foldingRanges(context, file)) {
            add(byStartLine, range.getStartLine(), range.getEndLine(), range.getKind(), range.getCollapsedText());
        }
        List<FoldingRange> ranges = new ArrayList<>(byStartLine.values());
        ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine));
        return ranges;
    }

    /** A literal run ends where another begins: a closing fence followed at once by a new fence or comment. */
    private static boolean opensLiteral(String text, MarkdownOutline.Line line, MarkdownOutline.Line previous) {
        String current = text.substring(line.start(), line.end()).strip();
        String before = text.substring(previous.start(), previous.end()).strip();
        return before.endsWith("-->") || (current.startsWith("<!--") && !before.startsWith("<!--"));
    }

    /** The line before the end tag when the end tag starts its own line, else the element's last line. */
    private static int endLineKeepingEndTag(String text, LineIndex lines, XmlElement element) {
        int last = lines.lineOf(Math.max(element.span().start(), element.span().end() - 1));
        if (element.closed()) {
            int endTag = text.lastIndexOf("</", element.span().end() - 1);
            if (endTag >= element.contentSpan().start()) {
                int endTagLine = lines.lineOf(endTag);
                if (onlySpaceBetween(text, lines.lineStart(endTagLine), endTag)) {
                    return endTagLine - 1;
                }
            }
        }
        return last;
    }

    /** Looks back from {@code end} and stops at the first other character, so a long line of markup costs nothing per element. */
    private static boolean onlySpaceBetween(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One range per start line (clients show one), the longest wins. */
    /** The plan's elements (tasks and phases as regions, {@code <dependencies>} as imports) and its XML fence. */
    static List<FoldingRange> planRanges(FeatureContext context, SourceFile file) {
        String text = file.text();
        LineIndex lines = file.lineIndex();
        Map<Integer, FoldingRange> byStartLine = new HashMap<>();
        PlanDocument plan = file.plan();
        if (plan != null && plan.xml() != null && plan.xml().root() != null) {
            Map<XmlElement, Task> tasks = new IdentityHashMap<>();
            plan.tasks().forEach(task -> tasks.put(task.element(), task));
            Deque<XmlElement> todo = new ArrayDeque<>();
            todo.push(plan.xml().root());
            while (!todo.isEmpty()) {
                context.cancellation().checkCanceled();
                XmlElement element = todo.pop();
                element.children().forEach(todo::push);
                int startLine = lines.lineOf(element.span().start());
                int endLine = endLineKeepingEndTag(text, lines, element);
                Task task = tasks.get(element);
                String kind = task != null || "phase".equals(element.name()) ? FoldingRangeKind.Region
                        : "dependencies".equals(element.name()) ? FoldingRangeKind.Imports : null;
                add(byStartLine, startLine, endLine, kind, task == null ? null : DocumentSymbols.taskLabel(task));
            }
        }
        if (plan != null && plan.block() != null && plan.block().kind() == TaskBlock.Kind.XML_FENCE) {
            Span block = plan.block().span();
            add(byStartLine, lines.lineOf(block.start()), lines.lineOf(Math.max(block.start(), block.end() - 1)), null, null);
        }
        return new ArrayList<>(byStartLine.values());
    }

    private static void add(Map<Integer, FoldingRange> byStartLine, int startLine, int endLine, String kind, String collapsedText) {
        if (endLine <= startLine) {
            return;
        }
        FoldingRange existing = byStartLine.get(startLine);
        if (existing != null && existing.getEndLine() >= endLine) {
            return;
        }
        FoldingRange range = new FoldingRange(startLine, endLine);
        range.setKind(kind);
        range.setCollapsedText(collapsedText);
        byStartLine.put(startLine, range);
    }

    // ---- selection ranges -------------------------------------------------------------------------

    /**
     * For each position, ranges that grow outward: word → attribute value → attribute → start tag →
     * element → parent elements → the xml block → the Markdown sections → the whole document; in
     * requirements and state files: id → line → sections → document.
     */
    public static List<SelectionRange> selectionRanges(FeatureContext context, URI uri, List<Position> positions) {
        SourceFile file = context.workspace().file(uri);
        if (file == null || positions == null) {
            return List.of();
        }
        MarkdownOutline markdown = file.markdownOutline();
        List<SelectionRange> result = new ArrayList<>(positions.size());
        for (Position position : positions) {
            context.cancellation().checkCanceled();
            int offset = Positions.offset(file, position, context.encoding());
            List<Span> candidates = candidates(file, markdown, offset);
            result.add(chain(context, file, candidates, position));
        }
        return result;
    }

    private static List<Span> candidates(SourceFile file, MarkdownOutline markdown, int offset) {
        String text = file.text();
        List<Span> spans = new ArrayList<>();
        spans.add(word(text, offset));
        LineIndex lines = file.lineIndex();
        int line = lines.lineOf(offset);
        int lineStart = MarkdownOutline.skipWhitespace(text, lines.lineStart(line), lines.lineContentEnd(line));
        spans.add(new Span(lineStart, Math.max(lineStart, MarkdownOutline.trimEnd(text, lineStart, lines.lineContentEnd(line)))));
        for (MarkdownOutline.Heading heading : markdown.headings()) {
            if (heading.section().touches(offset)) {
                spans.add(new Span(heading.section().start(),
                        Math.max(heading.lineSpan().end(), MarkdownOutline.trimEnd(text, heading.section().start(), heading.section().end()))));
            }
        }
        spans.add(new Span(0, text.length()));
        if (file.plan() != null) {
            addPlan(file.plan(), text, offset, spans);
        }
        if (file.requirements() != null) {
            for (Requirement requirement : file.requirements().requirements()) {
                if (requirement.lineSpan().touches(offset)) {
                    spans.add(requirement.idSpan());
                    spans.add(requirement.textSpan());
                }
            }
        }
        if (file.state() != null) {
            for (StateEntry entry : file.state().entries()) {
                if (entry.lineSpan().touches(offset)) {
                    spans.add(entry.idSpan());
                    spans.add(entry.nameSpan());
                }
            }
            for (StateField field : file.state().fields()) {
                if (field.valueSpan().touches(offset) || field.keySpan().touches(offset)) {
                    spans.add(field.keySpan());
                    spans.add(field.valueSpan());
                }
            }
        }
        return spans;
    }

    private static void addPlan(PlanDocument plan, String text, int offset, List<Span> spans) {
        if (plan.block() != null && plan.block().span().touches(offset)) {
            spans.add(plan.block().span());
            spans.add(trimmed(text, plan.block().contentSpan()));
        }
        XmlElement element = plan.xml() == null ? null : plan.xml().root();
        while (element != null && element.span().touches(offset)) {
            spans.add(element.span());
            spans.add(element.startTagSpan());
            if (element.contentSpan().touches(offset)) {
                spans.add(trimmed(text, element.contentSpan()));
            }
            for (XmlAttribute attribute : element.attributes()) {
                Span whole = new Span(attribute.nameSpan().start(), Math.min(text.length(), attribute.valueSpan().end() + 1));
                if (whole.touches(offset)) {
                    spans.add(attribute.nameSpan());
                    spans.add(attribute.valueSpan());
                    spans.add(new Span(attribute.valueSpan().start() - 1, whole.end()));
                    spans.add(whole);
                }
            }
            XmlElement inner = null;
            for (XmlElement child : element.children()) {
                if (child.span().touches(offset)) {
                    inner = child;
                    break;
                }
            }
            element = inner;
        }
    }

    private static Span trimmed(String text, Span span) {
        int start = MarkdownOutline.skipWhitespace(text, span.start(), span.end());
        return new Span(start, Math.max(start, MarkdownOutline.trimEnd(text, start, span.end())));
    }

    /** The run of id-like characters around the offset: letters, digits and {@code . _ - /}. */
    static Span word(String text, int offset) {
        int start = Math.min(offset, text.length());
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(offset, text.length());
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        // An id or a file path reads as one word, but a sentence's final period does not belong to it.
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-') && end - 1 >= offset) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '/';
    }

    /** The smallest span around the cursor, then each next larger span that contains the one before. */
    private static SelectionRange chain(FeatureContext context, SourceFile file, List<Span> candidates, Position position) {
        List<Span> sorted = new ArrayList<>();
        int offset = Positions.offset(file, position, context.encoding());
        for (Span span : candidates) {
            if (!span.isEmpty() && span.touches(offset)) {
                sorted.add(span);
            }
        }
        sorted.sort(Comparator.comparingInt(Span::length).thenComparing(Comparator.naturalOrder()));
        List<Span> chain = new ArrayList<>();
        for (Span span : sorted) {
            Span last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (last == null || (span.contains(last) && !span.equals(last))) {
                chain.add(span);
            }
        }
        SelectionRange parent = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            parent = new SelectionRange(Positions.range(file, chain.get(i), context.encoding()), parent);
        }
        return parent != null ? parent : new SelectionRange(new Range(position, position), null);
    }
}
