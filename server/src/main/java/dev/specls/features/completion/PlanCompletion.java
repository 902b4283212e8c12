package dev.specls.features.completion;


import dev.specls.syntax.FileLine;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanRegion;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlReader;
import dev.specls.syntax.xml.XmlScanner;
import dev.specls.syntax.xml.XmlScanner.Attribute;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completion in a plan file. The context comes from the text around the cursor: a short backward scan
 * tells whether the cursor is in a tag (element name, end tag, attribute name or value) or in element
 * content; the tolerant XML tree, which exists however broken the block is, tells which elements are
 * open there. Work is linear in the plan.
 */
public final class PlanCompletion {

    private final CompletionRequest request;
    private final String text;
    private final int offset;
    /** The plan as the workspace parsed it; its tasks and phases carry the spans used below. */
    private final PlanDocument plan;
    private final int regionStart;
    private final int regionEnd;
    private final XmlElement root;

    private PlanCompletion(CompletionRequest request, PlanDocument plan, int regionStart, int regionEnd, XmlElement root) {
        this.request = request;
        this.text = request.text;
        this.offset = request.offset;
        this.plan = plan;
        this.regionStart = regionStart;
        this.regionEnd = regionEnd;
        this.root = root;
    }

    public static void complete(CompletionRequest request) {
        PlanDocument plan = request.file.plan();
        String text = request.text;
        int start;
        int end;
        XmlElement root;
        if (plan != null && plan.block() != null) {
            // sago's block leaves out the white space around the XML; completion also works on a fence's blank lines.
            Span content = plan.block().contentSpan();
            PlanRegion fence = plan.reading().read();
            if (fence != null && fence.fenced() && fence.contentSpan().start() <= content.start() && content.end() <= fence.contentSpan().end()) {
                content = fence.contentSpan();
            }
            start = content.start();
            end = content.end();
            root = plan.xml() == null ? null : plan.xml().root();
        } else {
            // No block yet: a raw <phases> still being written, never closed. Read from there to the end.
            start = text.lastIndexOf("<phases", request.offset);
            if (start < 0) {
                return;
            }
            end = text.length();
            root = XmlReader.read(text, start, end).root();
        }
        if (request.offset < start || request.offset > end) {
            return;
        }
        new PlanCompletion(request, plan, start, end, root).run();
    }

    private void run() {
        XmlScanner token = XmlScanner.tokenAt(text, restartBefore(offset), regionEnd, offset);
        XmlScanner.Kind kind = token == null ? XmlScanner.Kind.TEXT : token.kind();
        if (kind == XmlScanner.Kind.COMMENT && offset >= token.start() + "<!--".length()) {
            return;
        }
        if (kind == XmlScanner.Kind.CDATA && offset >= token.start() + "<![CDATA[".length()) {
            // Literal text: no tags here, but a requirement id is still an id.
            List<XmlElement> chain = chainAt(offset);
            XmlElement deepest = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (deepest != null && chain.size() == 4 && Requirements.TEXT_FIELDS.contains(deepest.name())) {
                new Requirements(request).complete(deepest, text);
            }
            return;
        }
        if (kind == XmlScanner.Kind.TEXT) {
            inContent();
        } else {
            inTag(token.start());
        }
    }

    /**
     * A token boundary before {@code at} from which to scan: the end of the last element of the tree that
     * ends before it, or else the start of the innermost element that starts before it (the block's start
     * before the root). Element boundaries in the tree are boundaries of the scanner's tokens too.
     */
    private int restartBefore(int at) {
        int restart = regionStart;
        XmlElement current = root;
        while (current != null && current.span().start() < at && current.span().start() >= regionStart) {
            restart = current.span().start();
            XmlElement last = null;
            for (XmlElement child : current.children()) {
                if (child.span().start() >= at) {
                    break;
                }
                last = child;
            }
            if (last != null && last.closed() && last.span().end() <= at) {
                return last.span().end();
            }
            current = last;
        }
        return restart;
    }

    // ---- inside a tag -------------------------------------------------------------------------

    private void inTag(int lessThan) {
        int afterLessThan = lessThan + 1;
        if (afterLessThan < offset && (text.charAt(afterLessThan) == '!' || text.charAt(afterLessThan) == '?')) {
            return;
        }
        if (afterLessThan < offset && text.charAt(afterLessThan) == '/') {
            if (nameRunEnd(afterLessThan + 1) >= offset) {
                endTag(lessThan);
            }
            return;
        }
        int nameEnd = nameRunEnd(afterLessThan);
        if (nameEnd >= offset) {
            new PlanElements(request, this).elementNames(lessThan, chainAt(lessThan));
            return;
        }
        if (nameEnd == afterLessThan) {
            return;
        }
        startTag(lessThan, text.substring(afterLessThan, nameEnd), nameEnd);
    }

    /** The end of the run of XML name characters starting at {@code from}. */
    int nameRunEnd(int from) {
        return XmlScanner.nameEnd(text, from, text.length());
    }

    private void endTag(int lessThan) {
        List<XmlElement> chain = chainAt(lessThan);
        if (chain.isEmpty()) {
            return;
        }
        String name = chain.get(chain.size() - 1).name();
        int nameStart = lessThan + 2;
        int nameEnd = nameRunEnd(offset);
        int replaceEnd = nameEnd < text.length() && text.charAt(nameEnd) == '>' ? nameEnd + 1 : nameEnd;
        var item = request.add("</" + name + ">", org.eclipse.lsp4j.CompletionItemKind.Property, nameStart, replaceEnd, name + ">", false);
        item.setFilterText(name);
        item.setDetail("Close <" + name + ">");
    }

    /** The attributes of the start tag whose name ends at {@code nameEnd}, up to its end or the next {@code <}. */
    List<Attribute> attributesOfTag(int nameEnd) {
        return XmlScanner.attributes(text, nameEnd, regionEnd);
    }

    private void startTag(int lessThan, String tagName, int tagNameEnd) {
        List<Attribute> attributes = attributesOfTag(tagNameEnd);
        for (Attribute attribute : attributes) {
            if (attribute.hasValue() && attribute.valueStart() <= offset && offset <= attribute.valueEnd()) {
                if (attribute.valueStart() > 0 && attribute.quoted()) {
                    attributeValue(lessThan, tagName, attribute, attributes);
                }
                return;
            }
            if (attribute.nameStart() <= offset && offset <= attribute.nameEnd()) {
                if (offset == attribute.nameStart() && !XmlScanner.isSpace(text.charAt(offset - 1))) {
                    return;
                }
                new PlanElements(request, this).attributeNames(tagName, attributes, attribute, offset == attribute.nameStart());
                return;
            }
        }
        if (offset > tagNameEnd && XmlScanner.isSpace(text.charAt(offset - 1))) {
            new PlanElements(request, this).attributeNames(tagName, attributes, null, false);
        }
    }

    private void attributeValue(int lessThan, String tagName, Attribute attribute, List<Attribute> attributes) {
        if (!tagName.equals("task")) {
            return;
        }
        Task task = taskStartingAt(lessThan);
        if (attribute.name().equals("depends_on")) {
            new Dependencies(request, this).complete(task, attribute, attributes);
        } else if (attribute.name().equals("id")) {
            List<XmlElement> chain = chainAt(lessThan);
            XmlElement phase = chain.size() >= 2 && chain.get(1).name().equals("phase") ? chain.get(1) : null;
            String next = nextFreeTaskId(phase, task);
            int[] trimmed = trimmed(attribute.valueStart(), attribute.valueEnd());
            var item = request.add(next, org.eclipse.lsp4j.CompletionItemKind.Value, trimmed[0], trimmed[1], next, false);
            item.setDetail("Next free id of " + (phase == null ? "the plan" : phaseName(phase)));
        }
    }

    /** {@code [start, end)} without surrounding whitespace; an all-blank range collapses onto the cursor. */
    int[] trimmed(int start, int end) {
        int from = start;
        int to = end;
        while (from < to && XmlScanner.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && XmlScanner.isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new int[] {offset, offset};
        }
        return new int[] {Math.min(from, offset), Math.max(to, offset)};
    }

    // ---- element content ----------------------------------------------------------------------

    private void inContent() {
        List<XmlElement> chain = chainAt(offset);
        if (chain.isEmpty()) {
            if (root == null) {
                new PlanElements(request, this).contentSnippets(chain);
            }
            return;
        }
        XmlElement deepest = chain.get(chain.size() - 1);
        boolean inTask = chain.size() == 4 && chain.get(1).name().equals("phase") && chain.get(2).name().equals("task");
        if (inTask && deepest.name().equals("files")) {
            new FileLines(request, this).complete(taskStartingAt(chain.get(2).span().start()), deepest);
        } else if (inTask && Requirements.TEXT_FIELDS.contains(deepest.name())) {
            new Requirements(request).complete(deepest, text);
        } else if (chain.size() <= 2) {
            new PlanElements(request, this).contentSnippets(chain);
        }
    }

    // ---- the tree around the cursor --------------------------------------------------------------

    /**
     * The open elements at {@code at}, outermost first: each one's content holds {@code at}. Empty
     * outside the root. An element starting at {@code at} is not open there.
     */
    List<XmlElement> chainAt(int at) {
        List<XmlElement> chain = new ArrayList<>();
        XmlElement current = root;
        while (current != null && holds(current, at)) {
            chain.add(current);
            XmlElement next = null;
            for (XmlElement child : current.children()) {
                if (child.span().start() > at) {
                    break;
                }
                if (holds(child, at)) {
                    next = child;
                }
            }
            current = next;
        }
        return chain;
    }

    private boolean holds(XmlElement element, int at) {
        int start = element.contentSpan().start();
        int end = element.contentSpan().end();
        if (at < start || at > end) {
            return false;
        }
        int tagEnd = element.startTagSpan().end();
        boolean selfClosing = tagEnd >= 2 && text.startsWith("/>", tagEnd - 2) && element.contentSpan().isEmpty();
        return !selfClosing;
    }

    XmlElement root() {
        return root;
    }

    String text() {
        return text;
    }

    int offset() {
        return offset;
    }

    // ---- plan semantics ---------------------------------------------------------------------------

    List<Task> tasks() {
        return plan == null ? List.of() : plan.tasks();
    }

    List<Phase> phases() {
        return plan == null ? List.of() : plan.phases();
    }

    /** The task whose start tag begins at {@code lessThan}, or {@code null}. */
    Task taskStartingAt(int lessThan) {
        for (Task task : tasks()) {
            request.checkCanceled();
            if (task.element().span().start() == lessThan) {
                return task;
            }
        }
        return null;
    }

    Phase phaseOf(XmlElement element) {
        if (element == null) {
            return null;
        }
        for (Phase phase : phases()) {
            if (phase.element().span().start() == element.span().start()) {
                return phase;
            }
        }
        return null;
    }

    String phaseName(XmlElement phaseElement) {
        Phase phase = phaseOf(phaseElement);
        if (phase != null) {
            return phase.name();
        }
        var name = phaseElement.attribute("name");
        return name == null ? Phase.DEFAULT_NAME : name.value();
    }

    /**
     * The phase's number: the major of the first N.M id among its tasks (other than {@code except}),
     * else the number in a name like "Phase 3: …", else its position.
     */
    long phaseNumber(XmlElement phaseElement, Task except) {
        Phase phase = phaseOf(phaseElement);
        if (phase != null) {
            for (Task task : phase.tasks()) {
                long major = task == except ? -1 : TaskId.majorOf(task.id());
                if (major >= 0) {
                    return major;
                }
            }
        }
        String name = phaseElement == null ? "" : phaseName(phaseElement);
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?i)\\bphase\\s+(\\d{1,6})\\b").matcher(name);
        if (matcher.find()) {
            return Integer.parseInt(matcher.group(1));
        }
        if (phase != null) {
            return phase.index() + 1;
        }
        return Math.max(1, highestPhaseNumber());
    }

    /** The largest major number among the plan's ids, or the number of phases when larger. */
    long highestPhaseNumber() {
        long highest = phases().size();
        for (Task task : tasks()) {
            highest = Math.max(highest, TaskId.majorOf(task.id()));
        }
        return highest;
    }

    /** The next id of the phase: one past the largest minor of its number anywhere in the plan, and free. */
    String nextFreeTaskId(XmlElement phaseElement, Task except) {
        long major = phaseNumber(phaseElement, except);
        java.util.Set<String> taken = new java.util.LinkedHashSet<>();
        for (Task task : tasks()) {
            request.checkCanceled();
            if (task != except) {
                taken.add(task.id());
            }
        }
        // Of any taken.size() + 1 candidates at least one is free.
        return TaskId.nextFree(major, taken, taken::contains, taken.size() + 1).toString();
    }

    /** The indentation one level adds in this plan: the root's first child's, relative to the root; else two spaces. */
    String indentUnit() {
        if (root != null && !root.children().isEmpty()) {
            XmlElement child = root.children().get(0);
            if (request.lineStartOf(child.span().start()) != request.lineStartOf(root.span().start())) {
                String rootIndent = request.indentationOfLine(root.span().start());
                String childIndent = request.indentationOfLine(child.span().start());
                if (childIndent.length() > rootIndent.length() && childIndent.startsWith(rootIndent)) {
                    return childIndent.substring(rootIndent.length());
                }
            }
        }
        return "  ";
    }

    /** Which files each task lists, for the files completion. */
    /** Every other task's {@code <files>} lines by name, with the tasks that list each; lines sago would misread are left out. */
    Map<String, List<String>> filesByPath(Task except, java.util.Set<String> exclude) {
        Map<String, List<String>> byPath = new java.util.LinkedHashMap<>();
        for (Task task : tasks()) {
            request.checkCanceled();
            for (Ref file : task.files()) {
                if (task == except || exclude.contains(file.value()) || FileLine.of(file).misread()) {
                    continue;
                }
                byPath.computeIfAbsent(file.value(), ignored -> new ArrayList<>(1)).add(task.id().isEmpty() ? "?" : task.id());
            }
        }
        return byPath;
    }
}
