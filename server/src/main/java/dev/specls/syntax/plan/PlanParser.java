package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlReader;
import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a plan file as sago 0.3.0 does (FORMATS.md §2): finds the one XML block sago reads, reads it
 * tolerantly and lists phases and tasks with exact spans. Never throws, never does I/O.
 */
public final class PlanParser {

    private static final String PHASES_OPEN = "<phases";
    private static final String PHASES_CLOSE = "</phases>";

    private PlanParser() {
    }

    public static PlanDocument parse(String text) {
        Blocks blocks = findBlocks(text);
        TaskBlock block = chooseBlock(blocks);
        List<TaskBlock> ignored = new ArrayList<>();
        for (TaskBlock fence : blocks.xmlFences) {
            if (fence != block) {
                ignored.add(fence);
            }
        }
        boolean blockLacksPhases = block != null && block.kind() == TaskBlock.Kind.XML_FENCE && !contains(text, block.contentSpan(), PHASES_OPEN);
        Span shadowed = null;
        for (TaskBlock element : blocks.phasesElements) {
            if (element == block) {
                continue;
            }
            if (shadowed == null && blockLacksPhases) {
                shadowed = element.span();
            } else {
                ignored.add(element);
            }
        }
        ignored.sort((a, b) -> a.span().compareTo(b.span()));
        if (block == null) {
            return new PlanDocument(null, List.copyOf(ignored), List.copyOf(blocks.upperCaseFences), shadowed, null,
                    List.of(), List.of(), List.of(), null);
        }
        // The reader lists the few elements and attributes whose text it had to decode; all others map to
        // the file one to one, so their fields and list items get their spans without decoding again.
        Set<Object> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
        XmlDocument xml = XmlReader.read(text, block.contentSpan().start(), block.contentSpan().end(), decoded);
        return new TreeReader(text, decoded).read(block, ignored, blocks.upperCaseFences, shadowed, xml);
    }

    // ---- finding the block -----------------------------------------------------------------

    /** Every candidate block in the file, in document order. */
    private static final class Blocks {
        final List<TaskBlock> xmlFences = new ArrayList<>();
        final List<Span> upperCaseFences = new ArrayList<>();
        final List<TaskBlock> phasesElements = new ArrayList<>();
    }

    private static TaskBlock chooseBlock(Blocks blocks) {
        if (!blocks.xmlFences.isEmpty()) {
            return blocks.xmlFences.get(0);
        }
        return blocks.phasesElements.isEmpty() ? null : blocks.phasesElements.get(0);
    }

    private static Blocks findBlocks(String text) {
        Blocks blocks = new Blocks();
        findXmlFences(text, blocks);
        findPhasesElements(text, blocks);
        return blocks;
    }

    /**
     * Jumps from one run of three backticks to the next and keeps those that open or close a fence.
     * Only fences opened with exactly {@code ```xml} count as sago's first choice; other spellings of
     * xml are remembered because sago silently skips them.
     */
    private static void findXmlFences(String text, Blocks blocks) {
        int length = text.length();
        int openerStart = -1;
        int contentStart = -1;
        int from = 0;
        while (true) {
            int backticks = indexOfThreeBackticks(text, from);
            if (backticks < 0) {
                break;
            }
            int lineStart = fenceLineStart(text, backticks);
            int lineEnd = lineEnd(text, backticks);
            int nextLine = nextLineStart(text, lineEnd);
            from = lineStart < 0 ? backticks + 3 : nextLine;
            if (lineStart < 0) {
                continue;
            }
            if (openerStart >= 0) {
                if (isBlankFrom(text, backtickRunEnd(text, backticks, lineEnd), lineEnd)) {
                    blocks.xmlFences.add(new TaskBlock(TaskBlock.Kind.XML_FENCE, new Span(openerStart, lineEnd), new Span(contentStart, lineStart)));
                    openerStart = -1;
                }
                continue;
            }
            int infoStart = backticks + 3;
            boolean threeBackticks = infoStart == lineEnd || text.charAt(infoStart) != '`';
            if (threeBackticks && text.regionMatches(true, infoStart, "xml", 0, 3) && isBlankFrom(text, infoStart + 3, lineEnd)) {
                if (text.startsWith("xml", infoStart)) {
                    openerStart = backticks;
                    contentStart = Math.min(nextLine, length);
                } else {
                    blocks.upperCaseFences.add(new Span(backticks, infoStart + 3));
                }
            }
        }
        if (openerStart >= 0) {
            blocks.xmlFences.add(new TaskBlock(TaskBlock.Kind.XML_FENCE, new Span(openerStart, length), new Span(contentStart, length)));
        }
    }

    /** Backticks are rare in a plan, so searching for the single character is the fast way to find fences. */
    private static int indexOfThreeBackticks(String text, int from) {
        int i = text.indexOf('`', from);
        while (i >= 0 && !text.startsWith("``", i + 1)) {
            i = text.indexOf('`', i + 1);
        }
        return i;
    }

    /**
     * The start of the line when the backticks at {@code backticks} begin it after at most three
     * spaces (a BOM at the file start is not content), else -1.
     */
    private static int fenceLineStart(String text, int backticks) {
        int i = backticks;
        while (i > 0 && backticks - i < 3 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || (i == 1 && text.charAt(0) == '\uFEFF')) {
            return i;
        }
        char before = text.charAt(i - 1);
        return before == '\n' || before == '\r' ? i : -1;
    }

    private static int backtickRunEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == '`') {
            i++;
        }
        return i;
    }

    private static boolean isBlankFrom(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** End of the line's content: before {@code \n}, {@code \r\n} or a lone {@code \r}. */
    private static int lineEnd(String text, int lineStart) {
        int i = lineStart;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return length;
    }

    /** Start of the next line, or the end of the text when this line is the last. */
    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    /**
     * Every {@code <phases … </phases>} outside the xml fences, the way a non-greedy search over the text
     * finds them. Fence contents are skipped because the fence is what sago reads or ignores as a whole.
     */
    private static void findPhasesElements(String text, Blocks blocks) {
        int from = 0;
        int fenceIndex = 0;
        while (true) {
            int open = text.indexOf(PHASES_OPEN, from);
            if (open < 0) {
                return;
            }
            while (fenceIndex < blocks.xmlFences.size() && blocks.xmlFences.get(fenceIndex).span().end() <= open) {
                fenceIndex++;
            }
            if (fenceIndex < blocks.xmlFences.size() && blocks.xmlFences.get(fenceIndex).span().start() <= open) {
                from = blocks.xmlFences.get(fenceIndex).span().end();
                continue;
            }
            int afterName = open + PHASES_OPEN.length();
            if (afterName < text.length() && !isPhasesNameEnd(text.charAt(afterName))) {
                from = afterName;
                continue;
            }
            int close = text.indexOf(PHASES_CLOSE, afterName);
            if (close < 0) {
                return;
            }
            Span span = new Span(open, close + PHASES_CLOSE.length());
            blocks.phasesElements.add(new TaskBlock(TaskBlock.Kind.PHASES_ELEMENT, span, span));
            from = span.end();
        }
    }

    private static boolean isPhasesNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean contains(String text, Span span, String needle) {
        int found = text.indexOf(needle, span.start());
        return found >= 0 && found + needle.length() <= span.end();
    }

    // ---- reading the tree ------------------------------------------------------------------

    /** Builds phases, tasks and fields from the tree of one file. */
    private static final class TreeReader {

        private final String text;
        /** What the reader had to decode: everything else is a verbatim copy of its raw span. */
        private final Set<Object> decoded;
        /** Reused while splitting one list after another; each result is an exact-size copy. */
        private final List<Ref> scratchRefs = new ArrayList<>();
        private final List<Task> scratchTasks = new ArrayList<>();

        TreeReader(String text, Set<Object> decoded) {
            this.text = text;
            this.decoded = decoded;
        }

        PlanDocument read(TaskBlock block, List<TaskBlock> ignored, List<Span> upperCaseFences, Span shadowed, XmlDocument xml) {
            XmlElement root = xml.root();
            List<Phase> phases = new ArrayList<>();
            List<Task> tasks = new ArrayList<>();
            List<Ref> packages = new ArrayList<>();
            Field review = null;
            if (root != null) {
                for (XmlElement child : root.children()) {
                    if (child.name().equals("phase")) {
                        phases.add(readPhase(child, phases.size(), tasks));
                    }
                }
                XmlElement dependencies = root.child("dependencies");
                if (dependencies != null) {
                    for (XmlElement dependency : dependencies.children()) {
                        if (dependency.name().equals("package")) {
                            Field field = field(dependency);
                            packages.add(new Ref(field.text(), field.textSpan()));
                        }
                    }
                }
                review = field(root.child("review"));
            }
            return new PlanDocument(block, List.copyOf(ignored), List.copyOf(upperCaseFences), shadowed, xml,
                    List.copyOf(phases), List.copyOf(tasks), List.copyOf(packages), review);
        }

        private Phase readPhase(XmlElement element, int index, List<Task> allTasks) {
            XmlAttribute nameAttribute = element.attribute("name");
            String name = nameAttribute == null ? Phase.DEFAULT_NAME : nameAttribute.value();
            List<Task> tasks = scratchTasks;
            tasks.clear();
            for (XmlElement child : element.children()) {
                if (child.name().equals("task")) {
                    Task task = readTask(child, allTasks.size(), index);
                    tasks.add(task);
                    allTasks.add(task);
                }
            }
            return new Phase(element, index, name, nameAttribute, field(element.child("description")), List.copyOf(tasks));
        }

        private Task readTask(XmlElement element, int ordinal, int phaseIndex) {
            XmlAttribute idAttribute = element.attribute("id");
            String id = idAttribute == null ? "" : strip(idAttribute.value());
            XmlAttribute dependsOnAttribute = element.attribute("depends_on");
            List<Ref> dependsOn = dependsOnAttribute == null ? List.of() : splitDependsOn(dependsOnAttribute);
            Field filesField = field(element.child("files"));
            return new Task(element, ordinal, phaseIndex, id, idAttribute, dependsOnAttribute, dependsOn,
                    field(element.child("name")), filesField, filesField == null ? List.of() : splitFiles(filesField.element()),
                    field(element.child("action")), field(element.child("verify")), field(element.child("done")),
                    field(element.child("requirements")));
        }

        private List<Ref> splitDependsOn(XmlAttribute attribute) {
            Span raw = attribute.valueSpan();
            if (!decoded.contains(attribute)) {
                return splitTrimmed(attribute.value(), null, raw.start(), ',');
            }
            XmlText.Decoded value = XmlText.decode(text, raw.start(), raw.end(), XmlText.Kind.ATTRIBUTE_VALUE);
            return splitTrimmed(value.text(), value, raw.start(), ',');
        }

        /** sago splits the untrimmed text of {@code <files>} by line, trims each line and drops blank ones. */
        private List<Ref> splitFiles(XmlElement files) {
            if (!decoded.contains(files)) {
                return splitTrimmed(files.text(), null, files.textSpan().start(), '\n');
            }
            XmlText.Decoded value = XmlText.elementText(text, files);
            return splitTrimmed(value.text(), value, files.textSpan().start(), '\n');
        }

        /** The trimmed, non-blank parts, with spans through {@code mapping}, or at {@code rawStart} + index for a verbatim value. */
        private List<Ref> splitTrimmed(String value, XmlText.Decoded mapping, int rawStart, char separator) {
            List<Ref> parts = scratchRefs;
            parts.clear();
            int partStart = 0;
            int length = value.length();
            while (partStart <= length) {
                int separatorAt = value.indexOf(separator, partStart);
                int partEnd = separatorAt < 0 ? length : separatorAt;
                int from = trimStart(value, partStart, partEnd);
                int to = trimEnd(value, from, partEnd);
                if (from < to) {
                    Span span = mapping == null ? new Span(rawStart + from, rawStart + to) : mapping.rawSpan(from, to);
                    parts.add(new Ref(value.substring(from, to), span));
                }
                partStart = partEnd + 1;
            }
            return List.copyOf(parts);
        }

        /** A task or root child as sago reads it: text trimmed, with the raw span of the trimmed text. */
        private Field field(XmlElement element) {
            if (element == null) {
                return null;
            }
            String value = element.text();
            int from = trimStart(value, 0, value.length());
            int to = trimEnd(value, from, value.length());
            if (from == to) {
                return new Field(element, "", Span.at(element.contentSpan().start()));
            }
            int rawStart = element.textSpan().start();
            Span span = decoded.contains(element)
                    ? XmlText.elementText(text, element).rawSpan(from, to)
                    : new Span(rawStart + from, rawStart + to);
            return new Field(element, value.substring(from, to), span);
        }

        private static String strip(String value) {
            int from = trimStart(value, 0, value.length());
            return value.substring(from, trimEnd(value, from, value.length()));
        }

        private static int trimStart(String value, int from, int to) {
            int i = from;
            while (i < to && XmlText.isPythonSpace(value.charAt(i))) {
                i++;
            }
            return i;
        }

        private static int trimEnd(String value, int from, int to) {
            int i = to;
            while (i > from && XmlText.isPythonSpace(value.charAt(i - 1))) {
                i--;
            }
            return i;
        }
    }
}
