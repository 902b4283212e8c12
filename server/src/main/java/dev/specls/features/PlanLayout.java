package dev.specls.features;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.TaskBlock;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlScanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a well-formed plan block: one element per line, indentation by depth, canonical child order
 * inside {@code <task>}. Only whitespace between markup and the leading whitespace of prose lines ever
 * changes, so everything sago reads (ids, attribute values, field texts after trimming, {@code <files>}
 * lines after trimming) is left as it was:
 * <ul>
 * <li>a field written on one line stays on one line, trimmed ({@code <files>a.py</files>} included);
 *     a field written over several lines gets its text on its own lines between the tags;</li>
 * <li>{@code <files>} lines are trimmed and blank ones dropped (sago trims each line and skips blanks);</li>
 * <li>prose ({@code action}, {@code description}, {@code review}, {@code requirements}) is re-indented,
 *     keeping its lines' indentation relative to each other;</li>
 * <li>every other field ({@code name}, {@code verify}, {@code done}, {@code package}, unknown elements)
 *     keeps its lines after the first exactly: a verify command is code (think {@code python -c "…"}
 *     over several lines) and sago hands its text, inner whitespace and all, to the shell;</li>
 * <li>comments, CDATA sections and processing instructions are copied as written, and a line that starts
 *     inside one is never re-indented;</li>
 * <li>an element mixing text and child elements (other than the root, phases, tasks and
 *     {@code <dependencies>}, whose text sago never reads) keeps its content exactly;</li>
 * <li>one blank line between elements survives where there was at least one.</li>
 * </ul>
 * The result is a fixed point: laying it out again changes nothing. A plan nested deeper than
 * {@link #MAX_DEPTH} elements is left as it is.
 */
final class PlanLayout {

    /** The order sago's template writes a task's fields in; any other child follows, in document order. */
    private static final Map<String, Integer> TASK_CHILD_RANK = Map.of("name", 0, "files", 1, "action", 2, "verify", 3, "done", 4);
    private static final int OTHER_RANK = 5;
    private static final Set<String> PROSE = Set.of("action", "description", "review", "requirements");
    /** Elements whose own character data sago never reads, so stray text in them may move to its own line. */
    private static final Set<String> CONTAINERS = Set.of("phase", "task", "dependencies");

    /**
     * Deeper plans are left as they are: indentation grows with depth, so laying out a plan nested
     * thousands deep would write gigabytes of spaces, and no plan sago generates nests past five.
     */
    static final int MAX_DEPTH = 64;

    private enum Kind { WHITESPACE, TEXT, COMMENT, CDATA, INSTRUCTION, DOCTYPE, ELEMENT }

    /** A piece of content: an element, or a run of character data or other markup, with its file span. */
    private record Node(Kind kind, int start, int end, XmlElement element, boolean blankBefore) {
    }

    private final String text;
    private final String unit;
    private final String newline;
    private final Cancellation cancellation;
    private final List<String> lines = new ArrayList<>();
    private XmlElement root;

    private PlanLayout(String text, String unit, String newline, Cancellation cancellation) {
        this.text = text;
        this.unit = unit;
        this.newline = newline;
        this.cancellation = cancellation;
    }

    /**
     * The laid-out text of the block's content (what replaces {@code block().contentSpan()}), or {@code null}
     * when the plan is not readable by sago: a broken plan is never reformatted.
     */
    static String layOut(String text, PlanDocument plan, String indentUnit, Cancellation cancellation) {
        if (plan == null || !plan.readableBySago() || deeperThan(plan.xml().root(), MAX_DEPTH, cancellation)) {
            return null;
        }
        TaskBlock block = plan.block();
        int start = block.contentSpan().start();
        int end = block.contentSpan().end();
        String content = text.substring(start, end);
        String newline = content.contains("\r\n") ? "\r\n" : "\n";
        PlanLayout layout = new PlanLayout(text, indentUnit, newline, cancellation);
        layout.root = plan.xml().root();
        List<Node> topLevel = new ArrayList<>();
        layout.scan(start, layout.root.span().start(), topLevel);
        topLevel.add(new Node(Kind.ELEMENT, layout.root.span().start(), layout.root.span().end(), layout.root,
                layout.blankBefore(topLevel)));
        layout.scan(layout.root.span().end(), end, topLevel);
        layout.nodes(topLevel, 0);
        String laidOut = String.join(newline, layout.lines);
        boolean endsWithBreak = !content.isEmpty() && (content.endsWith("\n") || content.endsWith("\r"));
        return endsWithBreak ? laidOut + newline : laidOut;
    }

    private static boolean deeperThan(XmlElement root, int limit, Cancellation cancellation) {
        record Visit(XmlElement element, int depth) {
        }
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, 1));
        while (!todo.isEmpty()) {
            cancellation.checkCanceled();
            Visit visit = todo.pop();
            if (visit.depth() > limit) {
                return true;
            }
            visit.element().children().forEach(child -> todo.push(new Visit(child, visit.depth() + 1)));
        }
        return false;
    }

    // ---- emitting ----------------------------------------------------------------------------

    /**
     * Lays out the nodes at {@code depth} and, through an explicit stack rather than recursion, everything
     * inside them: a plan may nest elements a hundred thousand deep, and sago reads it all the same.
     */
    private void nodes(List<Node> nodes, int depth) {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(nodes.iterator(), depth, null));
        while (!open.isEmpty()) {
            Level level = open.peek();
            if (!level.nodes.hasNext()) {
                open.pop();
                if (level.endLine != null) {
                    lines.add(level.endLine);
                }
                continue;
            }
            Node node = level.nodes.next();
            if (node.kind() == Kind.WHITESPACE) {
                continue;
            }
            cancellation.checkCanceled();
            if (node.blankBefore() && !level.first) {
                lines.add("");
            }
            level.first = false;
            if (node.kind() == Kind.ELEMENT) {
                Level inside = element(node.element(), level.depth);
                if (inside != null) {
                    open.push(inside);
                }
            } else {
                verbatimLines(indent(level.depth), node.start(), node.end());
            }
        }
    }

    /** The content of an element still to lay out, and the line that closes it. */
    private static final class Level {
        final Iterator<Node> nodes;
        final int depth;
        final String endLine;
        boolean first = true;

        Level(Iterator<Node> nodes, int depth, String endLine) {
            this.nodes = nodes;
            this.depth = depth;
            this.endLine = endLine;
        }
    }

    /** Lays out the element's start (all of it, when it has no child elements); returns its children still to lay out, or null. */
    private Level element(XmlElement element, int depth) {
        String indent = indent(depth);
        boolean selfClosing = element.span().end() == element.startTagSpan().end();
        if (selfClosing) {
            lines.add(indent + startTag(element, true));
            return null;
        }
        String startTag = startTag(element, false);
        String endTag = "</" + element.name() + ">";
        int contentStart = element.contentSpan().start();
        int contentEnd = element.contentSpan().end();
        if (element.children().isEmpty()) {
            leaf(element, depth, startTag, endTag);
            return null;
        }
        List<Node> content = new ArrayList<>();
        int from = contentStart;
        for (XmlElement child : element.children()) {
            scan(from, child.span().start(), content);
            content.add(new Node(Kind.ELEMENT, child.span().start(), child.span().end(), child, blankBefore(content)));
            from = child.span().end();
        }
        scan(from, contentEnd, content);
        boolean hasText = content.stream().anyMatch(node -> node.kind() == Kind.TEXT || node.kind() == Kind.CDATA);
        if (hasText && element != root && !CONTAINERS.contains(element.name())) {
            // Mixed content: sago reads the text before the first child; nothing of it may move.
            lines.add(indent + startTag + text.substring(contentStart, contentEnd) + endTag);
            return null;
        }
        if (element.name().equals("task")) {
            content = canonicalTaskOrder(content);
        }
        lines.add(indent + startTag);
        return new Level(content.iterator(), depth + 1, indent + endTag);
    }

    /** An element without child elements: its text, trimmed, inline or on its own lines as it was written. */
    private void leaf(XmlElement element, int depth, String startTag, String endTag) {
        String indent = indent(depth);
        int contentStart = element.contentSpan().start();
        int contentEnd = element.contentSpan().end();
        int textStart = contentStart;
        while (textStart < contentEnd && XmlScanner.isSpace(text.charAt(textStart))) {
            textStart++;
        }
        int textEnd = contentEnd;
        while (textEnd > textStart && XmlScanner.isSpace(text.charAt(textEnd - 1))) {
            textEnd--;
        }
        if (textStart == textEnd) {
            lines.add(indent + startTag + endTag);
            return;
        }
        boolean multiLine = containsBreak(textStart, textEnd);
        boolean writtenAsBlock = multiLine || containsBreak(contentStart, textStart) || containsBreak(textEnd, contentEnd);
        if (!writtenAsBlock) {
            lines.add(indent + startTag + text.substring(textStart, textEnd) + endTag);
            return;
        }
        lines.add(indent + startTag);
        String inner = indent(depth + 1);
        boolean markup = text.substring(textStart, textEnd).indexOf('<') >= 0;
        if (element.name().equals("files") && !markup) {
            fileLines(inner, textStart, textEnd);
        } else if (PROSE.contains(element.name()) || element.name().equals("files")) {
            reindentedLines(inner, contentStart, textStart, textEnd);
        } else {
            verbatimLines(inner, textStart, textEnd);
        }
        lines.add(indent + endTag);
    }

    /** sago splits {@code <files>} by line and trims each line, so each entry may sit at the same indentation. */
    private void fileLines(String indent, int start, int end) {
        for (int[] line : lineSpans(start, end)) {
            int from = line[0];
            int to = line[1];
            while (from < to && isLineSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isLineSpace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                lines.add(indent + text.substring(from, to));
            }
        }
    }

    /** The first line at {@code indent}; every later line exactly as written. */
    private void verbatimLines(String indent, int start, int end) {
        boolean first = true;
        for (int[] line : lineSpans(start, end)) {
            lines.add(first ? indent + text.substring(line[0], line[1]) : text.substring(line[0], line[1]));
            first = false;
        }
    }

    /**
     * Prose moved to {@code indent}, each line keeping its indentation relative to the least indented one.
     * Lines that start inside a comment or CDATA section are copied as written and do not count.
     */
    private void reindentedLines(String indent, int contentStart, int start, int end) {
        List<int[]> spans = lineSpans(start, end);
        boolean[] locked = lockedLines(start, end, spans.size());
        // The first line's own indentation counts only when it starts a line of its own.
        int firstLineStart = start;
        while (firstLineStart > contentStart && isLineSpace(text.charAt(firstLineStart - 1))) {
            firstLineStart--;
        }
        boolean firstOnOwnLine = firstLineStart > contentStart && isBreak(text.charAt(firstLineStart - 1));
        int base = Integer.MAX_VALUE;
        if (firstOnOwnLine) {
            base = start - firstLineStart;
        }
        for (int i = 1; i < spans.size(); i++) {
            int[] line = spans.get(i);
            int width = leadingSpace(line[0], line[1]);
            if (!locked[i] && width < line[1] - line[0]) {
                base = Math.min(base, width);
            }
        }
        if (base == Integer.MAX_VALUE) {
            base = 0;
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] line = spans.get(i);
            if (i == 0) {
                String relative = firstOnOwnLine ? text.substring(firstLineStart + Math.min(base, start - firstLineStart), start) : "";
                lines.add(indent + relative + text.substring(line[0], line[1]));
            } else if (locked[i]) {
                lines.add(text.substring(line[0], line[1]));
            } else {
                int width = leadingSpace(line[0], line[1]);
                lines.add(width == line[1] - line[0] ? "" : indent + text.substring(line[0] + Math.min(base, width), line[1]));
            }
        }
    }

    /** Per line of {@code [start, end)}: true when the line starts inside a comment, CDATA section or instruction. */
    private boolean[] lockedLines(int start, int end, int count) {
        boolean[] locked = new boolean[count];
        int line = 0;
        XmlScanner tokens = new XmlScanner(text, start, end);
        while (tokens.next()) {
            XmlScanner.Kind kind = tokens.kind();
            boolean verbatim = kind == XmlScanner.Kind.COMMENT || kind == XmlScanner.Kind.CDATA || kind == XmlScanner.Kind.PROCESSING_INSTRUCTION;
            for (int j = tokens.start(); j < tokens.end(); j++) {
                if (text.charAt(j) == '\n' && line + 1 < count) {
                    locked[++line] = verbatim;
                }
            }
        }
        return locked;
    }

    // ---- task order --------------------------------------------------------------------------

    /**
     * name, files, action, verify, done, then the rest in document order. Comments and stray text travel
     * with the element after them; what follows the last element stays last. The sort is stable, so the
     * first of two {@code <name>} elements stays the one sago reads.
     */
    private static List<Node> canonicalTaskOrder(List<Node> content) {
        List<List<Node>> groups = new ArrayList<>();
        List<Node> pending = new ArrayList<>();
        for (Node node : content) {
            if (node.kind() == Kind.WHITESPACE) {
                continue;
            }
            pending.add(node);
            if (node.kind() == Kind.ELEMENT) {
                groups.add(pending);
                pending = new ArrayList<>();
            }
        }
        groups.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<Node> ordered = new ArrayList<>();
        groups.forEach(ordered::addAll);
        ordered.addAll(pending);
        return ordered;
    }

    private static int rank(List<Node> group) {
        return TASK_CHILD_RANK.getOrDefault(group.get(group.size() - 1).element().name(), OTHER_RANK);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Splits {@code [from, to)}, which holds no element, into whitespace, text runs and other markup. */
    private void scan(int from, int to, List<Node> into) {
        XmlScanner tokens = new XmlScanner(text, from, to);
        while (tokens.next()) {
            cancellation.checkCanceled();
            switch (tokens.kind()) {
                case COMMENT -> add(into, Kind.COMMENT, tokens.start(), tokens.end());
                case CDATA -> add(into, Kind.CDATA, tokens.start(), tokens.end());
                case PROCESSING_INSTRUCTION -> add(into, Kind.INSTRUCTION, tokens.start(), tokens.end());
                case DOCTYPE -> add(into, Kind.DOCTYPE, tokens.start(), tokens.end());
                // A readable plan has no other markup between elements; text and white space alternate in the rest.
                default -> textRuns(tokens.start(), tokens.end(), into);
            }
        }
    }

    /** A text token as white space, the text from its first to its last non-space character, and white space. */
    private void textRuns(int from, int to, List<Node> into) {
        int textStart = XmlScanner.skipSpace(text, from, to);
        if (textStart > from) {
            add(into, Kind.WHITESPACE, from, textStart);
        }
        if (textStart < to) {
            int textEnd = to;
            while (textEnd > textStart && XmlScanner.isSpace(text.charAt(textEnd - 1))) {
                textEnd--;
            }
            add(into, Kind.TEXT, textStart, textEnd);
            if (textEnd < to) {
                add(into, Kind.WHITESPACE, textEnd, to);
            }
        }
    }

    private void add(List<Node> into, Kind kind, int start, int end) {
        into.add(new Node(kind, start, end, null, kind != Kind.WHITESPACE && blankBefore(into)));
    }

    /** True when the whitespace just before the next node holds a blank line. */
    private boolean blankBefore(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return false;
        }
        Node last = nodes.get(nodes.size() - 1);
        if (last.kind() != Kind.WHITESPACE) {
            return false;
        }
        int breaks = 0;
        for (int i = last.start(); i < last.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= last.end() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks >= 2;
    }


    // ---- small helpers ---------------------------------------------------------------------

    /** The start tag rebuilt with single spaces between attributes, each name and raw value kept exactly. */
    private String startTag(XmlElement element, boolean selfClosing) {
        StringBuilder tag = new StringBuilder().append('<').append(element.name());
        for (XmlAttribute attribute : element.attributes()) {
            int valueStart = attribute.valueSpan().start();
            int valueEnd = attribute.valueSpan().end();
            char quote = valueStart > 0 ? text.charAt(valueStart - 1) : '"';
            tag.append(' ').append(text, attribute.nameSpan().start(), attribute.nameSpan().end())
                    .append('=').append(quote).append(text, valueStart, valueEnd).append(quote);
        }
        return tag.append(selfClosing ? "/>" : ">").toString();
    }

    /** Line spans of {@code [start, end)} without their line breaks ({@code \r\n} or {@code \n}). */
    private List<int[]> lineSpans(int start, int end) {
        List<int[]> spans = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                int lineEnd = i > lineStart && text.charAt(i - 1) == '\r' ? i - 1 : i;
                spans.add(new int[] {lineStart, Math.max(lineStart, lineEnd)});
                lineStart = i + 1;
            }
        }
        return spans;
    }

    private int leadingSpace(int from, int to) {
        int i = from;
        while (i < to && isLineSpace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private boolean containsBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private String indent(int depth) {
        return unit.repeat(depth);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isLineSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
