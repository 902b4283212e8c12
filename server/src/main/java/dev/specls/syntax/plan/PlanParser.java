package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlDocument;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.syntax.xml.XmlReader;
import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads a plan file as sago 0.3.0 does (FORMATS.md §2): finds the block with sago's own two regular
 * expressions, reads its XML as expat with namespaces would, and lists the phases and tasks sago reads,
 * with exact spans. It also finds the regions an author reads as the plan, so that rules can say where
 * sago's reading differs. Never throws, never does I/O, linear in the text.
 */
public final class PlanParser {

    private PlanParser() {
    }

    public static PlanDocument parse(String text) {
        BacktickRuns backticks = BacktickRuns.of(text);
        List<PlanRegion> regions = PlanRegions.scan(text, backticks);
        TaskBlock block = SagoBlock.find(text, backticks);
        Span read = block != null ? block.contentSpan() : planBeingWritten(text);
        if (read == null) {
            return new PlanDocument(null, regions, BlockReading.NONE, null, XmlNames.resolve(null), List.of(), List.of(), List.of(), null, List.of());
        }
        // The reader lists the few elements and attributes whose text it had to decode; all others map to
        // the file one to one, so their fields and list items get their spans without decoding again.
        Set<Object> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
        XmlDocument xml = XmlReader.read(text, read.start(), read.end(), decoded);
        XmlNames names = XmlNames.resolve(xml);
        TreeReader tree = new TreeReader(text, decoded, names);
        tree.read(xml.root());
        List<DroppedElement> dropped = tree.dropped(xml.root());
        boolean readable = xml.wellFormed() && names.problems().isEmpty() && xml.root() != null;
        BlockReading reading = block == null ? BlockReading.NONE
                : BlockReadings.judge(text, block, regions, readable ? tree.tasks.size() : 0, firstError(xml, names));
        return new PlanDocument(block, regions, reading, xml, names, List.copyOf(tree.phases), List.copyOf(tree.tasks),
                List.copyOf(tree.packages), tree.review, dropped);
    }

    /**
     * When sago finds no block, the first {@code <phases>} start tag to the end of the file: a plan still being
     * written (its fence or root not yet closed) keeps its outline, completion and navigation in the editor.
     */
    private static Span planBeingWritten(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("<phases", from);
            if (open < 0) {
                return null;
            }
            int afterName = open + "<phases".length();
            if (afterName == text.length() || PlanRegions.isTagNameEnd(text.charAt(afterName))) {
                return new Span(open, text.length());
            }
            from = afterName;
        }
    }

    /** Where sago's parser gives up, or -1 when it does not. */
    private static int firstError(XmlDocument xml, XmlNames names) {
        int first = xml.errors().isEmpty() ? -1 : xml.errors().get(0).span().start();
        for (XmlNames.Problem problem : names.problems()) {
            first = first < 0 ? problem.span().start() : Math.min(first, problem.span().start());
        }
        if (first < 0 && xml.root() == null) {
            return Integer.MAX_VALUE;
        }
        return first;
    }

    /** The name after its prefix. */
    static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    // ---- reading the tree ------------------------------------------------------------------

    /** Builds phases, tasks and fields from the tree of one file, reading names as ElementTree reports them. */
    private static final class TreeReader {

        private final String text;
        /** What the reader had to decode: everything else is a verbatim copy of its raw span. */
        private final Set<Object> decoded;
        private final XmlNames names;
        final List<Phase> phases = new ArrayList<>();
        final List<Task> tasks = new ArrayList<>();
        final List<Ref> packages = new ArrayList<>();
        Field review;
        /** Reused while splitting one list after another; each result is an exact-size copy. */
        private final List<Ref> scratchRefs = new ArrayList<>();
        private final List<Task> scratchTasks = new ArrayList<>();

        TreeReader(String text, Set<Object> decoded, XmlNames names) {
            this.text = text;
            this.decoded = decoded;
            this.names = names;
        }

        /** sago's {@code root.findall("phase")}, each phase's {@code findall("task")}, and the root's dependencies and review. */
        void read(XmlElement root) {
            if (root == null) {
                return;
            }
            for (XmlElement child : root.children()) {
                if (names.is(child, "phase")) {
                    phases.add(readPhase(child, phases.size(), tasks));
                }
            }
            XmlElement dependencies = child(root, "dependencies");
            if (dependencies != null) {
                for (XmlElement dependency : dependencies.children()) {
                    if (names.is(dependency, "package")) {
                        Field field = field(dependency);
                        packages.add(new Ref(field.text(), field.textSpan()));
                    }
                }
            }
            review = field(child(root, "review"));
        }

        /** ElementTree's {@code find(tag)}: the first direct child with this exact tag. */
        private XmlElement child(XmlElement parent, String tag) {
            for (XmlElement child : parent.children()) {
                if (names.is(child, tag)) {
                    return child;
                }
            }
            return null;
        }

        /**
         * Every phase or task, in any spelling, that sago does not read; the topmost one of a lost subtree only.
         * sago reads a phase among the root's children and a task among a read phase's children, so each
         * element's place decides, without a set of what was read.
         */
        List<DroppedElement> dropped(XmlElement root) {
            if (root == null) {
                return List.of();
            }
            List<DroppedElement> dropped = new ArrayList<>();
            // A stack of arrays, not lists: this visits every element of the plan.
            XmlElement[] elements = new XmlElement[16];
            XmlElement[] parents = new XmlElement[16];
            int[] places = new int[16];
            int size = 1;
            elements[0] = root;
            places[0] = ROOT;
            while (size > 0) {
                size--;
                XmlElement element = elements[size];
                XmlElement parent = parents[size];
                int place = places[size];
                boolean read = (place == IN_ROOT && names.is(element, "phase")) || (place == IN_READ_PHASE && names.is(element, "task"));
                if (!read && isPhaseOrTaskName(element.name())) {
                    dropped.add(drop(element, parent, localName(element.name())));
                    continue;
                }
                int childPlace = place == ROOT ? IN_ROOT : read && place == IN_ROOT ? IN_READ_PHASE : ELSEWHERE;
                List<XmlElement> children = element.children();
                int count = children.size();
                if (size + count > elements.length) {
                    int capacity = Math.max(elements.length * 2, size + count);
                    elements = Arrays.copyOf(elements, capacity);
                    parents = Arrays.copyOf(parents, capacity);
                    places = Arrays.copyOf(places, capacity);
                }
                for (int i = count - 1; i >= 0; i--) {
                    places[size] = childPlace;
                    parents[size] = element;
                    elements[size++] = children.get(i);
                }
            }
            return List.copyOf(dropped);
        }

        private static final int ROOT = 0;
        private static final int IN_ROOT = 1;
        private static final int IN_READ_PHASE = 2;
        private static final int ELSEWHERE = 3;

        /** {@code phase} or {@code task} in any case, after any prefix; checked for every element, so cheaply. */
        private static boolean isPhaseOrTaskName(String name) {
            int length = name.length();
            char last = length == 0 ? 0 : name.charAt(length - 1);
            if (last != 'e' && last != 'E' && last != 'k' && last != 'K') {
                return false;
            }
            String local = localName(name);
            return local.equalsIgnoreCase("phase") || local.equalsIgnoreCase("task");
        }

        private DroppedElement drop(XmlElement element, XmlElement parent, String local) {
            DroppedElement.Reason reason;
            if (parent == null) {
                reason = DroppedElement.Reason.ROOT;
            } else if (!local.equals("phase") && !local.equals("task")) {
                reason = DroppedElement.Reason.CASE;
            } else if (element.name().indexOf(':') >= 0) {
                reason = DroppedElement.Reason.PREFIX;
            } else if (names.namespace(element) != null) {
                reason = DroppedElement.Reason.DEFAULT_NAMESPACE;
            } else {
                reason = DroppedElement.Reason.MISPLACED;
            }
            XmlAttribute declaration = reason == DroppedElement.Reason.DEFAULT_NAMESPACE ? names.defaultNamespaceDeclaration(element) : null;
            return new DroppedElement(element, parent, reason, declaration, countTasks(element));
        }

        private static int countTasks(XmlElement subtree) {
            int count = 0;
            ArrayDeque<XmlElement> pending = new ArrayDeque<>();
            pending.push(subtree);
            while (!pending.isEmpty()) {
                XmlElement element = pending.pop();
                if (localName(element.name()).equalsIgnoreCase("task")) {
                    count++;
                }
                element.children().forEach(pending::push);
            }
            return count;
        }

        private Phase readPhase(XmlElement element, int index, List<Task> allTasks) {
            XmlAttribute nameAttribute = names.attribute(element, "name");
            String name = nameAttribute == null ? Phase.DEFAULT_NAME : nameAttribute.value();
            List<Task> tasks = scratchTasks;
            tasks.clear();
            for (XmlElement child : element.children()) {
                if (names.is(child, "task")) {
                    Task task = readTask(child, allTasks.size(), index);
                    tasks.add(task);
                    allTasks.add(task);
                }
            }
            return new Phase(element, index, name, nameAttribute, field(child(element, "description")), List.copyOf(tasks));
        }

        /** sago keeps the id exactly as written: {@code id="1.1 "} is not {@code 1.1}. */
        private Task readTask(XmlElement element, int ordinal, int phaseIndex) {
            XmlAttribute idAttribute = names.attribute(element, "id");
            String id = idAttribute == null ? "" : idAttribute.value();
            XmlAttribute dependsOnAttribute = names.attribute(element, "depends_on");
            List<Ref> dependsOn = dependsOnAttribute == null ? List.of() : splitDependsOn(dependsOnAttribute);
            // ElementTree's find() of each field, in one pass over the children: the first of each name counts.
            XmlElement[] fields = new XmlElement[TASK_FIELDS.length];
            for (XmlElement child : element.children()) {
                for (int i = 0; i < TASK_FIELDS.length; i++) {
                    if (fields[i] == null && names.is(child, TASK_FIELDS[i])) {
                        fields[i] = child;
                        break;
                    }
                }
            }
            Field filesField = field(fields[1]);
            return new Task(element, ordinal, phaseIndex, id, idAttribute, dependsOnAttribute, dependsOn,
                    field(fields[0]), filesField, filesField == null ? List.of() : splitFiles(filesField.element()),
                    field(fields[2]), field(fields[3]), field(fields[4]), field(fields[5]));
        }

        private static final String[] TASK_FIELDS = {"name", "files", "action", "verify", "done", "requirements"};

        /**
         * sago splits on commas and trims each id. The value is usually a copy of its raw text, else decoded from
         * it; a DOCTYPE can also make expat collapse its spaces, and then each id points at the whole value.
         */
        private List<Ref> splitDependsOn(XmlAttribute attribute) {
            Span raw = attribute.valueSpan();
            String value = attribute.value();
            if (!decoded.contains(attribute) && raw.length() == value.length() && text.startsWith(value, raw.start())) {
                return splitTrimmed(value, null, raw.start(), ',');
            }
            XmlText.Decoded decodedValue = XmlText.decode(text, raw.start(), raw.end(), XmlText.Kind.ATTRIBUTE_VALUE);
            if (decodedValue.text().equals(value)) {
                return splitTrimmed(value, decodedValue, raw.start(), ',');
            }
            List<Ref> parts = splitTrimmed(value, null, raw.start(), ',');
            return parts.stream().map(part -> new Ref(part.value(), raw)).toList();
        }

        /** sago splits the untrimmed text of {@code <files>} by line, trims each line and drops blank ones. */
        private List<Ref> splitFiles(XmlElement files) {
            if (files.textIsVerbatim()) {
                Span raw = files.textSpan();
                return splitTrimmed(text, raw.start(), raw.end(), null, 0, '\n');
            }
            XmlText.Decoded value = XmlText.elementText(text, files);
            return splitTrimmed(value.text(), value, files.textSpan().start(), '\n');
        }

        /** The trimmed, non-blank parts, with spans through {@code mapping}, or at {@code rawStart} + index for a verbatim value. */
        private List<Ref> splitTrimmed(String value, XmlText.Decoded mapping, int rawStart, char separator) {
            return splitTrimmed(value, 0, value.length(), mapping, rawStart, separator);
        }

        /**
         * The trimmed, non-blank parts of {@code value} between {@code from} and {@code to}, with spans through
         * {@code mapping}, or at {@code rawStart} + index for a verbatim value (index 0 being {@code value}'s
         * start, so a part of the file's own text passes the file and 0).
         */
        private List<Ref> splitTrimmed(String value, int start, int limit, XmlText.Decoded mapping, int rawStart, char separator) {
            List<Ref> parts = scratchRefs;
            parts.clear();
            int partStart = start;
            while (partStart <= limit) {
                int partEnd = partStart;
                while (partEnd < limit && value.charAt(partEnd) != separator) {
                    partEnd++;
                }
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
            if (element.textIsVerbatim()) {
                // Trimmed in the file's own text: one copy of the field, not one of the element's text and one of the field.
                Span raw = element.textSpan();
                int from = trimStart(text, raw.start(), raw.end());
                int to = trimEnd(text, from, raw.end());
                return from == to ? new Field(element, "", Span.at(raw.start())) : new Field(element, text.substring(from, to), new Span(from, to));
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
