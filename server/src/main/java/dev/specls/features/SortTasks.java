package dev.specls.features;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The source action "Sort tasks by dependency order": within each phase, every task moves after the
 * tasks of that phase it depends on. Tasks never leave their phase, and the order is stable: a task
 * moves only as far as a dependency forces it.
 *
 * <p>Meaning is kept exactly. A task without {@code depends_on} depends on every earlier task of its
 * phase, so it never moves before one of those; but a task it did not depend on may have to move in
 * front of it (a dependency of an earlier task written after it). Such a task would silently gain a
 * dependency, so the same edit writes its former implicit dependencies out as {@code depends_on}. Every
 * task therefore depends on exactly the tasks it depended on before, which is what {@code specls graph}
 * shows. A phase is left as it is when it holds a dependency cycle, repeats a task id (ids resolve to
 * their first declaration, which moving could change) or would need an id that cannot be written in
 * {@code depends_on}.
 */
public final class SortTasks {

    public static final String KIND = "source.sortTasks";
    public static final String TITLE = "Sort tasks by dependency order";

    private SortTasks() {
    }

    /** The action for the plan at {@code uri}, or {@code null} when the plan cannot be sorted or is sorted already. */
    public static CodeAction action(FeatureContext context, URI uri) {
        SourceFile file = context.workspace().file(uri);
        if (file == null || file.plan() == null || !file.plan().readableBySago()) {
            return null;
        }
        PlanDocument plan = file.plan();
        SpecSet specSet = context.workspace().specSetOf(uri);
        PlanGraph graph = specSet != null && specSet.plan() == file ? specSet.graph() : PlanGraph.of(plan);
        List<TextEdit> edits = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            context.cancellation().checkCanceled();
            sortPhase(context, file, graph, phase.tasks(), edits);
        }
        if (edits.isEmpty()) {
            return null;
        }
        CodeAction action = new CodeAction(TITLE);
        action.setKind(KIND);
        action.setEdit(new WorkspaceEdit(Map.of(file.uri().toString(), edits)));
        return action;
    }

    private static void sortPhase(FeatureContext context, SourceFile file, PlanGraph graph, List<Task> tasks, List<TextEdit> edits) {
        int n = tasks.size();
        if (n < 2 || hasRepeatedId(tasks)) {
            return;
        }
        int[] order = stableOrder(context, graph, tasks);
        if (order == null) {
            return;
        }
        boolean moved = false;
        for (int slot = 0; slot < n; slot++) {
            moved |= order[slot] != slot;
        }
        if (!moved) {
            return;
        }
        String text = file.text();
        List<String> chunks = new ArrayList<>(n);
        List<int[]> spans = new ArrayList<>(n);
        boolean ownLines = true;
        for (int slot = 0; slot < n; slot++) {
            XmlElement element = tasks.get(slot).element();
            int[] span = chunkSpan(text, element);
            ownLines &= span[0] != element.span().start() && span[1] != element.span().end();
            spans.add(span);
        }
        for (int slot = 0; slot < n; slot++) {
            // Tasks sharing a line swap only their elements: the whitespace around them stays where it is.
            int[] span = ownLines ? spans.get(slot) : new int[] {tasks.get(slot).element().span().start(), tasks.get(slot).element().span().end()};
            spans.set(slot, span);
            chunks.add(text.substring(span[0], span[1]));
        }
        for (int slot = 0; slot < n; slot++) {
            int index = order[slot];
            Task task = tasks.get(index);
            // Everything before it used to be index tasks; anywhere else it would gain or lose dependencies.
            if (task.hasImplicitDependencies() && slot != index) {
                String dependsOn = explicitList(graph, tasks.subList(0, index));
                if (dependsOn == null) {
                    return;
                }
                chunks.set(index, withDependsOn(text, task, spans.get(index), dependsOn));
            }
        }
        for (int slot = 0; slot < n; slot++) {
            if (order[slot] != slot) {
                int[] span = spans.get(slot);
                edits.add(TextEdits.edit(file, span[0], span[1], chunks.get(order[slot]), context.encoding()));
            }
        }
    }

    /**
     * Kahn's algorithm taking the ready task that comes first in the document. A task's in-phase
     * {@code depends_on} targets must come first; a task without {@code depends_on} waits for every task
     * written before it (tracked by the first not yet placed index, so this stays O(n log n)). {@code null}
     * on a cycle.
     */
    private static int[] stableOrder(FeatureContext context, PlanGraph graph, List<Task> tasks) {
        int n = tasks.size();
        Map<Task, Integer> local = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            local.put(tasks.get(i), i);
        }
        List<List<Integer>> dependents = new ArrayList<>(n);
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(1));
        }
        for (int i = 0; i < n; i++) {
            for (Task dependency : graph.explicitDependencies(tasks.get(i))) {
                Integer j = local.get(dependency);
                if (j != null) {
                    dependents.get(j).add(i);
                    waiting[i]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            boolean implicit = tasks.get(i).hasImplicitDependencies();
            if ((implicit && i == 0) || (!implicit && waiting[i] == 0)) {
                ready.add(i);
            }
        }
        boolean[] placed = new boolean[n];
        int firstUnplaced = 0;
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            context.cancellation().checkCanceled();
            int next = ready.poll();
            placed[next] = true;
            order[count++] = next;
            for (int dependent : dependents.get(next)) {
                if (--waiting[dependent] == 0) {
                    ready.add(dependent);
                }
            }
            int previous = firstUnplaced;
            while (firstUnplaced < n && placed[firstUnplaced]) {
                firstUnplaced++;
            }
            if (firstUnplaced != previous && firstUnplaced < n && tasks.get(firstUnplaced).hasImplicitDependencies()) {
                ready.add(firstUnplaced);
            }
        }
        return count == n ? order : null;
    }

    private static boolean hasRepeatedId(List<Task> tasks) {
        Set<String> seen = new HashSet<>();
        for (Task task : tasks) {
            if (!task.id().isEmpty() && !seen.add(task.id())) {
                return true;
            }
        }
        return false;
    }

    /** {@code "1.1, 1.2"}, or {@code null} when a task cannot be named in {@code depends_on}. */
    private static String explicitList(PlanGraph graph, List<Task> tasks) {
        StringBuilder list = new StringBuilder();
        for (Task task : tasks) {
            String id = task.id();
            boolean writable = !id.isEmpty() && id.chars().noneMatch(c -> c == ',' || c == '"' || c == '<' || c == '&' || c < ' ');
            if (!writable || graph.task(id) != task) {
                return null;
            }
            list.append(list.length() == 0 ? "" : ", ").append(id);
        }
        return list.toString();
    }

    /** The task's chunk with its empty {@code depends_on} filled in, or one added after {@code id}. */
    private static String withDependsOn(String text, Task task, int[] chunk, String dependsOn) {
        XmlElement element = task.element();
        int chunkStart = chunk[0];
        int chunkEnd = chunk[1];
        XmlAttribute attribute = task.dependsOnAttribute();
        int from;
        int to;
        String insert;
        if (attribute != null) {
            from = attribute.valueSpan().start();
            to = attribute.valueSpan().end();
            insert = dependsOn;
        } else {
            XmlAttribute id = task.idAttribute();
            from = id != null ? id.valueSpan().end() + 1 : element.nameSpan().end();
            to = from;
            insert = " depends_on=\"" + dependsOn + "\"";
        }
        return text.substring(chunkStart, from) + insert + text.substring(to, chunkEnd);
    }

    /**
     * What moves with a task: the element, plus its line's leading indentation and trailing line break when
     * it stands on lines of its own (then the span differs from the element's at both ends).
     */
    private static int[] chunkSpan(String text, XmlElement element) {
        int start = element.span().start();
        int lineStart = start;
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        if (lineStart == 0 || text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r') {
            start = lineStart;
        }
        int end = element.span().end();
        int lineEnd = end;
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        if (text.startsWith("\r\n", lineEnd)) {
            end = lineEnd + 2;
        } else if (lineEnd < text.length() && (text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r')) {
            end = lineEnd + 1;
        }
        return new int[] {start, end};
    }
}
