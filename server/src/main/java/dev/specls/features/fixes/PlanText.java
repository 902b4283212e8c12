package dev.specls.features.fixes;

import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Reading and editing plan text the way its author wrote it: indentation, line breaks, attribute lists. */
final class PlanText {

    static final String DEFAULT_INDENT_UNIT = "  ";

    private PlanText() {
    }

    /** The line break the file already uses. */
    static String newline(String text) {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    static int lineStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The whitespace that starts the line holding {@code offset}. */
    static String indentOf(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** True when only spaces and tabs stand between the start of its line and {@code offset}. */
    static boolean startsLine(String text, int offset) {
        int start = lineStart(text, offset);
        for (int i = start; i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** True when a line break stands between the two offsets. */
    static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The indentation one level deeper than the element's line: read from a child that starts a line, else two spaces. */
    static String childIndent(String text, XmlElement element) {
        String own = indentOf(text, element.span().start());
        for (XmlElement child : element.children()) {
            if (startsLine(text, child.span().start())) {
                String indent = indentOf(text, child.span().start());
                if (indent.length() > own.length() && indent.startsWith(own)) {
                    return indent;
                }
            }
        }
        return own + unit(text, own);
    }

    /** The indentation step of the file, guessed from its own indentation; two spaces by default. */
    private static String unit(String text, String indent) {
        if (indent.startsWith("\t")) {
            return "\t";
        }
        return indent.length() % 4 == 0 && !indent.isEmpty() ? "    " : DEFAULT_INDENT_UNIT;
    }

    /** The task of the plan whose element satisfies the span test, or {@code null}. */
    static Task taskAt(PlanDocument plan, Span span) {
        if (plan == null) {
            return null;
        }
        for (Task task : plan.tasks()) {
            if (task.element().span().contains(span)) {
                return task;
            }
        }
        return null;
    }

    /** The {@code depends_on} entry of any task at exactly this span, or {@code null}. */
    static Ref dependencyAt(Task task, Span span) {
        if (task == null) {
            return null;
        }
        for (Ref ref : task.dependsOn()) {
            if (ref.span().equals(span)) {
                return ref;
            }
        }
        return null;
    }

    /**
     * The whole attribute with the whitespace before it, from the space after the tag name or the
     * previous attribute to its closing quote; {@code null} when the text is not shaped that way.
     */
    static Span attributeWithLeadingSpace(String text, XmlAttribute attribute) {
        int quote = attribute.valueSpan().end();
        if (quote >= text.length() || (text.charAt(quote) != '"' && text.charAt(quote) != '\'')) {
            return null;
        }
        int start = attribute.nameSpan().start();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return new Span(start, quote + 1);
    }

    /**
     * The edit that leaves {@code task}'s depends_on without the entries naming {@code removed}: the other
     * entries as written, joined as the author separated them. {@code null} when nothing would remain
     * (the caller decides whether dropping the attribute is safe) or when the text cannot be edited.
     */
    static String dependsOnWithout(String text, Task task, String removed) {
        List<String> kept = new ArrayList<>();
        for (Ref ref : task.dependsOn()) {
            if (!ref.value().equals(removed)) {
                kept.add(ref.span().of(text));
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        String raw = task.dependsOnAttribute().valueSpan().of(text);
        String separator = raw.contains(", ") ? ", " : ",";
        return String.join(separator, kept);
    }

    /** The tasks of the task's phase that come before it, in document order. */
    static List<Task> earlierInPhase(PlanDocument plan, Task task) {
        if (task.phaseIndex() < 0 || task.phaseIndex() >= plan.phases().size()) {
            return List.of();
        }
        Phase phase = plan.phases().get(task.phaseIndex());
        List<Task> earlier = new ArrayList<>();
        for (Task other : phase.tasks()) {
            if (other == task) {
                return earlier;
            }
            earlier.add(other);
        }
        return List.of();
    }

    /** Every task with a dependency path, explicit or implicit, to {@code target}: one walk over the dependents. */
    static Set<Task> reaching(PlanGraph graph, Task target) {
        Set<Task> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Task> queue = new ArrayDeque<>();
        queue.add(target);
        while (!queue.isEmpty()) {
            for (Task dependent : graph.dependents(queue.poll())) {
                if (seen.add(dependent)) {
                    queue.add(dependent);
                }
            }
        }
        return seen;
    }

    /**
     * Whether {@code task} may lose its depends_on without a new diagnostic: it then waits for every
     * earlier task of its phase, which must neither close a cycle nor leave a task ✓ in STATE.md
     * before one of its new dependencies.
     */
    static boolean canDropDependsOn(SpecSet specSet, Task task) {
        List<Task> earlier = earlierInPhase(specSet.planDocument(), task);
        if (earlier.isEmpty()) {
            return true;
        }
        Set<Task> reaching = reaching(specSet.graph(), task);
        boolean done = specSet.status(task) == TaskStatus.DONE;
        for (Task other : earlier) {
            if (reaching.contains(other) || other == task) {
                return false;
            }
            if (done && specSet.status(other) != TaskStatus.DONE) {
                return false;
            }
        }
        return true;
    }

    /** The field's element, if the task has it at all (blank or not). */
    static XmlElement element(Field field) {
        return field == null ? null : field.element();
    }

    /**
     * How many tasks sago's OVER_SPECIFIED_DEPS would flag if a task with {@code id} and no depends_on
     * stood before the task of ordinal {@code before} (at the end when it is the number of tasks), or,
     * with {@code id} null, in the plan as it is: from the third task on, a list covering every earlier id.
     */
    static int overSpecified(List<Task> tasks, int before, String id) {
        int count = 0;
        Set<String> prior = new java.util.HashSet<>();
        int position = 0;
        for (int i = 0; i <= tasks.size(); i++) {
            if (id != null && i == before) {
                prior.add(id);
                position++;
            }
            if (i == tasks.size()) {
                break;
            }
            Task task = tasks.get(i);
            if (position >= 2 && task.dependsOn().size() >= prior.size()) {
                Set<String> covered = new java.util.HashSet<>();
                for (Ref ref : task.dependsOn()) {
                    if (prior.contains(ref.value())) {
                        covered.add(ref.value());
                    }
                }
                if (covered.size() == prior.size()) {
                    count++;
                }
            }
            prior.add(task.id());
            position++;
        }
        return count;
    }
}
