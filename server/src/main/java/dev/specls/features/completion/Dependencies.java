package dev.specls.features.completion;

import static dev.specls.features.completion.CompletionRequest.sortKey;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlScanner;
import dev.specls.workspace.PlanGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemTag;

/**
 * Task ids inside {@code depends_on="…"}: every task of the spec set except the task itself, the ids
 * already listed, and the tasks that already depend on this one (explicitly or implicitly), which
 * would close a cycle. Phase order, then document order.
 */
final class Dependencies {

    /** Enough to scroll through, few enough to answer in a few milliseconds on a 50,000-task plan. */
    static final int SHOWN = 200;

    private final CompletionRequest request;
    private final PlanCompletion plan;
    private final String text;

    Dependencies(CompletionRequest request, PlanCompletion plan) {
        this.request = request;
        this.plan = plan;
        this.text = request.text;
    }

    void complete(Task self, XmlScanner.Attribute dependsOn, List<XmlScanner.Attribute> attributes) {
        int offset = request.offset;
        int valueStart = dependsOn.valueStart();
        int valueEnd = dependsOn.valueEnd();
        int segmentStart = valueStart;
        for (int i = offset - 1; i >= valueStart; i--) {
            if (text.charAt(i) == ',') {
                segmentStart = i + 1;
                break;
            }
        }
        int segmentEnd = valueEnd;
        for (int i = offset; i < valueEnd; i++) {
            if (text.charAt(i) == ',') {
                segmentEnd = i;
                break;
            }
        }
        int[] replace = plan.trimmed(segmentStart, segmentEnd);
        Set<String> listed = new HashSet<>();
        for (String part : (text.substring(valueStart, segmentStart) + "," + text.substring(segmentEnd, valueEnd)).split(",")) {
            if (!part.isBlank()) {
                listed.add(part.strip());
            }
        }
        String selfId = self != null ? self.id() : lexicalId(attributes);
        PlanGraph graph = request.specSet != null && request.specSet.plan() == request.file ? request.specSet.graph() : null;
        if (graph == null) {
            graph = PlanGraph.of(request.file.plan());
        }
        List<Phase> phases = plan.phases();
        List<Task> ordered = new ArrayList<>(plan.tasks());
        ordered.sort((a, b) -> a.phaseIndex() != b.phaseIndex() ? Integer.compare(a.phaseIndex(), b.phaseIndex())
                : Integer.compare(a.ordinal(), b.ordinal()));
        Set<Task> waiting = self == null ? Set.of() : waitingFor(self, graph);
        String typed = text.substring(replace[0], Math.max(replace[0], Math.min(offset, replace[1])));
        Set<String> offered = new HashSet<>();
        List<Task> eligible = new ArrayList<>();
        for (Task candidate : ordered) {
            request.checkCanceled();
            String id = candidate.id();
            if (id.isEmpty() || candidate == self || id.equals(selfId) || listed.contains(id) || waiting.contains(candidate)
                    || !offered.add(id)) {
                continue;
            }
            eligible.add(candidate);
        }
        List<Task> shown = eligible.size() <= SHOWN ? eligible : nearest(startingWith(eligible, typed), self);
        request.incomplete |= shown.size() < eligible.size();
        int rank = 0;
        for (Task candidate : shown) {
            String id = candidate.id();
            String phaseName = candidate.phaseIndex() < phases.size() ? phases.get(candidate.phaseIndex()).name() : Phase.DEFAULT_NAME;
            String name = candidate.nameText();
            CompletionItem item = request.add(id, CompletionItemKind.Reference, replace[0], replace[1], id, false);
            item.setSortText(sortKey(0, rank++));
            item.setDetail(name.isEmpty() ? phaseName : name + " (" + phaseName + ")");
            if (!name.isEmpty()) {
                CompletionRequest.describe(item, name);
            }
            boolean later = self != null && candidate.phaseIndex() > self.phaseIndex();
            StringBuilder documentation = new StringBuilder();
            documentation.append("**").append(id).append("** ").append(name).append("\n\n").append(phaseName);
            if (request.specSet != null) {
                documentation.append(" · ").append(request.specSet.status(candidate));
            }
            if (later) {
                // Still offered, as every task of the plan is, but struck through: sago rejects it.
                item.setTags(List.of(CompletionItemTag.Deprecated));
                item.setDetail(item.getDetail() + " — later phase");
                documentation.append("\n\nA later phase: sago rejects a dependency on it (BACKWARD_DEPENDENCY).");
            }
            if (!candidate.actionText().isEmpty()) {
                documentation.append("\n\n").append(CompletionRequest.excerpt(candidate.actionText(), 300));
            }
            CompletionRequest.document(item, documentation.toString());
        }
    }

    /**
     * At most {@link #SHOWN} candidates, in phase order: the tasks nearest the one being edited (earlier ones
     * first, the usual dependencies). The list is then marked incomplete, so the editor asks again with the
     * id typed so far as the user narrows it down.
     */
    private static List<Task> nearest(List<Task> eligible, Task self) {
        if (eligible.size() <= SHOWN || self == null) {
            return eligible.size() <= SHOWN ? eligible : eligible.subList(0, SHOWN);
        }
        List<Task> byDistance = new ArrayList<>(eligible);
        byDistance.sort(java.util.Comparator.comparingInt((Task task) -> distance(task, self)));
        List<Task> shown = new ArrayList<>(byDistance.subList(0, SHOWN));
        shown.sort(java.util.Comparator.comparingInt(Task::phaseIndex).thenComparingInt(Task::ordinal));
        return shown;
    }

    /** Narrowing on the server only pays when the list is cut: below the cap the editor's own fuzzy filter sees everything. */
    private static List<Task> startingWith(List<Task> eligible, String typed) {
        return typed.isEmpty() ? eligible : eligible.stream().filter(task -> task.id().startsWith(typed)).toList();
    }

    /** Earlier tasks rank before later ones at the same distance: a task mostly depends on what comes before it. */
    private static int distance(Task task, Task self) {
        int delta = task.ordinal() - self.ordinal();
        return delta < 0 ? -2 * delta - 1 : 2 * delta;
    }

    /**
     * Every task that depends on {@code self} through explicit or implicit edges: exactly the tasks for which
     * {@link PlanGraph#dependsOnTransitively}{@code (task, self)} holds, found in one linear pass instead of a
     * search per candidate. A task in the set makes every later task of its phase without {@code depends_on}
     * wait too, so each phase keeps the earliest position already spread from, and no position is visited twice.
     */
    private Set<Task> waitingFor(Task self, PlanGraph graph) {
        List<Phase> phases = plan.phases();
        Map<Task, Integer> positions = new IdentityHashMap<>();
        for (Phase phase : phases) {
            for (int i = 0; i < phase.tasks().size(); i++) {
                positions.put(phase.tasks().get(i), i);
            }
        }
        int[] spreadFrom = new int[phases.size()];
        java.util.Arrays.fill(spreadFrom, Integer.MAX_VALUE);
        Set<Task> waiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Task> queue = new java.util.ArrayDeque<>();
        queue.add(self);
        while (!queue.isEmpty()) {
            request.checkCanceled();
            Task task = queue.poll();
            // dependents(): those naming the task in depends_on come first, then the implicit ones.
            for (Task dependent : graph.dependents(task)) {
                if (dependent.hasImplicitDependencies()) {
                    break;
                }
                if (waiting.add(dependent)) {
                    queue.add(dependent);
                }
            }
            Integer position = positions.get(task);
            int phaseIndex = task.phaseIndex();
            if (position == null || phaseIndex < 0 || phaseIndex >= phases.size() || spreadFrom[phaseIndex] <= position) {
                continue;
            }
            List<Task> phaseTasks = phases.get(phaseIndex).tasks();
            int until = Math.min(spreadFrom[phaseIndex], phaseTasks.size());
            spreadFrom[phaseIndex] = position;
            for (int i = position + 1; i < until; i++) {
                Task later = phaseTasks.get(i);
                if (later.hasImplicitDependencies() && waiting.add(later)) {
                    queue.add(later);
                }
            }
        }
        return waiting;
    }

    private String lexicalId(List<XmlScanner.Attribute> attributes) {
        for (XmlScanner.Attribute attribute : attributes) {
            if (attribute.name().equals("id") && attribute.hasValue()) {
                return text.substring(attribute.valueStart(), attribute.valueEnd()).strip();
            }
        }
        return null;
    }
}
