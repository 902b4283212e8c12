package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlReader;
import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;

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
        int fenceIndex = 0;
        for (TaskBlock element : blocks.phasesElements) {
            // Both lists are in document order, so one walk finds the fence around each element.
            while (fenceIndex < blocks.xmlFences.size() && blocks.xmlFences.get(fenceIndex).span().end() < element.span().end()) {
                fenceIndex++;
            }
            boolean insideFence = fenceIndex < blocks.xmlFences.size() && blocks.xmlFences.get(fenceIndex).span().contains(element.span());
            if (element == block || insideFence) {
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
        XmlDocument xml = XmlReader.read(text, block.contentSpan().start(), block.contentSpan().end());
        return readTree(text, block, ignored, blocks.upperCaseFences, shadowed, xml);
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
     * Walks the lines once. Only fences opened with exactly {@code ```xml} count as sago's first choice;
     * other spellings of xml are remembered because sago silently skips them.
     */
    private static void findXmlFences(String text, Blocks blocks) {
        int length = text.length();
        int lineStart = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int openerStart = -1;
        int contentStart = -1;
        while (lineStart <= length) {
            int contentEnd = lineEnd(text, lineStart);
            int nextLine = nextLineStart(text, contentEnd);
            int fence = fenceStart(text, lineStart, contentEnd);
            if (openerStart >= 0) {
                if (fence >= 0 && isBlankFrom(text, backtickRunEnd(text, fence, contentEnd), contentEnd)) {
                    blocks.xmlFences.add(new TaskBlock(TaskBlock.Kind.XML_FENCE, new Span(openerStart, contentEnd), new Span(contentStart, lineStart)));
                    openerStart = -1;
                }
            } else if (fence >= 0) {
                int infoStart = fence + 3;
                boolean threeBackticks = infoStart <= contentEnd && (infoStart == contentEnd || text.charAt(infoStart) != '`');
                if (threeBackticks && text.regionMatches(true, infoStart, "xml", 0, 3) && isBlankFrom(text, infoStart + 3, contentEnd)) {
                    if (text.startsWith("xml", infoStart)) {
                        openerStart = fence;
                        contentStart = nextLine;
                    } else {
                        blocks.upperCaseFences.add(new Span(fence, infoStart + 3));
                    }
                }
            }
            if (nextLine > length) {
                break;
            }
            lineStart = nextLine;
        }
        if (openerStart >= 0) {
            blocks.xmlFences.add(new TaskBlock(TaskBlock.Kind.XML_FENCE, new Span(openerStart, length), new Span(Math.min(contentStart, length), length)));
        }
    }

    /** Offset of the fence's first backtick when the line opens or closes a fence (up to 3 spaces of indent), else -1. */
    private static int fenceStart(String text, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && i - lineStart < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i + 3 <= lineEnd && text.startsWith("```", i) ? i : -1;
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

    /** Start of the next line, or past the end of the text when this line is the last. */
    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length() + 1;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    /** Every {@code <phases … </phases>} in the raw text, the way a non-greedy search over the text finds them. */
    private static void findPhasesElements(String text, Blocks blocks) {
        int from = 0;
        while (true) {
            int open = text.indexOf(PHASES_OPEN, from);
            if (open < 0) {
                return;
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

    private static PlanDocument readTree(String text, TaskBlock block, List<TaskBlock> ignored, List<Span> upperCaseFences,
                                         Span shadowed, XmlDocument xml) {
        XmlElement root = xml.root();
        List<Phase> phases = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Ref> packages = new ArrayList<>();
        Field review = null;
        if (root != null) {
            for (XmlElement child : root.children()) {
                if (child.name().equals("phase")) {
                    phases.add(readPhase(text, child, phases.size(), tasks));
                }
            }
            XmlElement dependencies = root.child("dependencies");
            if (dependencies != null) {
                for (XmlElement dependency : dependencies.children()) {
                    if (dependency.name().equals("package")) {
                        Field field = field(text, dependency);
                        packages.add(new Ref(field.text(), field.textSpan()));
                    }
                }
            }
            review = field(text, root.child("review"));
        }
        return new PlanDocument(block, List.copyOf(ignored), List.copyOf(upperCaseFences), shadowed, xml,
                List.copyOf(phases), List.copyOf(tasks), List.copyOf(packages), review);
    }

    private static Phase readPhase(String text, XmlElement element, int index, List<Task> allTasks) {
        XmlAttribute nameAttribute = element.attribute("name");
        String name = nameAttribute == null ? Phase.DEFAULT_NAME : nameAttribute.value();
        List<Task> tasks = new ArrayList<>();
        for (XmlElement child : element.children()) {
            if (child.name().equals("task")) {
                Task task = readTask(text, child, allTasks.size(), index);
                tasks.add(task);
                allTasks.add(task);
            }
        }
        return new Phase(element, index, name, nameAttribute, field(text, element.child("description")), List.copyOf(tasks));
    }

    private static Task readTask(String text, XmlElement element, int ordinal, int phaseIndex) {
        XmlAttribute idAttribute = element.attribute("id");
        String id = idAttribute == null ? "" : strip(idAttribute.value());
        XmlAttribute dependsOnAttribute = element.attribute("depends_on");
        List<Ref> dependsOn = dependsOnAttribute == null ? List.of() : splitDependsOn(text, dependsOnAttribute);
        Field filesField = field(text, element.child("files"));
        return new Task(element, ordinal, phaseIndex, id, idAttribute, dependsOnAttribute, dependsOn,
                field(text, element.child("name")), filesField, filesField == null ? List.of() : splitFiles(text, filesField.element()),
                field(text, element.child("action")), field(text, element.child("verify")), field(text, element.child("done")),
                field(text, element.child("requirements")));
    }

    private static List<Ref> splitDependsOn(String text, XmlAttribute attribute) {
        Span raw = attribute.valueSpan();
        return splitTrimmed(XmlText.decode(text, raw.start(), raw.end(), XmlText.Kind.ATTRIBUTE_VALUE), ',');
    }

    /** sago splits the untrimmed text of {@code <files>} by line, trims each line and drops blank ones. */
    private static List<Ref> splitFiles(String text, XmlElement files) {
        return splitTrimmed(XmlText.elementText(text, files), '\n');
    }

    private static List<Ref> splitTrimmed(XmlText.Decoded decoded, char separator) {
        String value = decoded.text();
        List<Ref> parts = new ArrayList<>();
        int partStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == separator) {
                int from = trimStart(value, partStart, i);
                int to = trimEnd(value, from, i);
                if (from < to) {
                    parts.add(new Ref(value.substring(from, to), decoded.rawSpan(from, to)));
                }
                partStart = i + 1;
            }
        }
        return List.copyOf(parts);
    }

    /** A task or root child as sago reads it: text trimmed, with the raw span of the trimmed text. */
    private static Field field(String text, XmlElement element) {
        if (element == null) {
            return null;
        }
        XmlText.Decoded decoded = XmlText.elementText(text, element);
        String value = decoded.text();
        int from = trimStart(value, 0, value.length());
        int to = trimEnd(value, from, value.length());
        if (from == to) {
            return new Field(element, "", Span.at(element.contentSpan().start()));
        }
        return new Field(element, value.substring(from, to), decoded.rawSpan(from, to));
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
