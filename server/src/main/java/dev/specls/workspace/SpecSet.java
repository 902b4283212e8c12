package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.requirements.Requirement;
import dev.specls.syntax.RequirementId;
import dev.specls.syntax.TaskStatus;
import dev.specls.syntax.state.StateEntry;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Files that belong together and are checked together, as a {@link SpecSetLayout} grouped them: a
 * folder's plan with the requirements and state files beside it (FORMATS.md §1), or the files of one
 * Saga tree or feature folder. References resolve inside their spec set. The sago roles (plan,
 * requirements, state) are the first member of each kind; any may be null.
 *
 * <p>Immutable. Everything derived (graph, citations, id tables) is computed on first use, once, and
 * safely from any thread. A spec set made for a new version of one member keeps what was derived from
 * the members that did not change (see {@link #replacing}).
 */
public final class SpecSet {


    private final Path folder;
    private final List<SourceFile> members;
    private final SourceFile plan;
    private final SourceFile requirements;
    private final SourceFile state;
    private final Lazy<PlanGraph> graph;
    private final Lazy<List<Citation>> citations;
    private final Lazy<Map<String, List<Requirement>>> requirementsById;
    private final Lazy<Map<String, List<StateEntry>>> stateEntriesByTask;
    private final Lazy<SymbolIndex> symbols = new Lazy<>(() -> SymbolIndex.of(this));

    public SpecSet(Path folder, SourceFile plan, SourceFile requirements, SourceFile state) {
        this(folder, present(plan, requirements, state), null);
    }

    /** @param members the spec set's files, in the order they are checked and listed */
    public SpecSet(Path folder, List<SourceFile> members) {
        this(folder, members, null);
    }

    private SpecSet(Path folder, List<SourceFile> members, SpecSet previous) {
        this.folder = folder;
        this.members = List.copyOf(members);
        this.plan = first(this.members, FileKind.PLAN);
        this.requirements = first(this.members, FileKind.REQUIREMENTS);
        this.state = first(this.members, FileKind.STATE);
        boolean samePlan = previous != null && previous.plan == plan;
        this.graph = samePlan ? previous.graph : new Lazy<>(() -> PlanGraph.of(planDocument()));
        this.citations = samePlan ? previous.citations : new Lazy<>(this::findCitations);
        this.requirementsById = previous != null && previous.requirements == requirements
                ? previous.requirementsById
                : new Lazy<>(() -> indexBy(requirements == null ? List.of() : requirements.requirements().requirements(), Requirement::canonicalId));
        this.stateEntriesByTask = previous != null && previous.state == state
                ? previous.stateEntriesByTask
                : new Lazy<>(() -> indexBy(state == null ? List.of() : state.state().entries(), StateEntry::taskId));
    }

    /**
     * The spec set with these members, keeping whatever {@code previous} derived from members that are
     * the same instances: typing in STATE.md does not rebuild the plan's graph. {@code previous} itself
     * when nothing changed.
     */
    public static SpecSet replacing(SpecSet previous, Path folder, List<SourceFile> members) {
        if (previous == null) {
            return new SpecSet(folder, members);
        }
        if (Objects.equals(previous.folder, folder) && sameInstances(previous.members, members)) {
            return previous;
        }
        return new SpecSet(folder, members, previous);
    }

    private static boolean sameInstances(List<SourceFile> held, List<SourceFile> given) {
        if (held.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i) != given.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<SourceFile> present(SourceFile... files) {
        List<SourceFile> present = new ArrayList<>(files.length);
        for (SourceFile file : files) {
            if (file != null) {
                present.add(file);
            }
        }
        return present;
    }

    private static SourceFile first(List<SourceFile> members, FileKind kind) {
        for (SourceFile member : members) {
            if (member.kind().equals(kind)) {
                return member;
            }
        }
        return null;
    }

    public Path folder() {
        return folder;
    }

    public SourceFile plan() {
        return plan;
    }

    public SourceFile requirements() {
        return requirements;
    }

    public SourceFile state() {
        return state;
    }

    public URI planUri() {
        return plan == null ? null : plan.uri();
    }

    public URI requirementsUri() {
        return requirements == null ? null : requirements.uri();
    }

    public URI stateUri() {
        return state == null ? null : state.uri();
    }

    /** Every member, in the order the layout gave them (a folder's: plan, requirements, state). */
    public List<SourceFile> members() {
        return members;
    }

    /** The members of this kind, in order: how a format's rules find their files. */
    public List<SourceFile> members(FileKind kind) {
        return members.stream().filter(member -> member.kind().equals(kind)).toList();
    }

    /** The parsed plan, or {@code null} without a plan file. */
    public PlanDocument planDocument() {
        return plan == null ? null : plan.plan();
    }

    /** True when the plan file has a task block sago reads: the spec set follows sago's rules. */
    public boolean sagoPlan() {
        return planDocument() != null && planDocument().block() != null;
    }

    /** The dependency graph of the plan; an empty graph without a plan. */
    public PlanGraph graph() {
        return graph.get();
    }

    /** Every task declared with this id, in document order. */
    public List<Task> tasks(String id) {
        return graph().tasks(id);
    }

    /** The task the id resolves to (its first declaration), or {@code null}. */
    public Task task(String id) {
        return graph().task(id);
    }

    /** The requirements declared with this canonical id ({@code FR-1} for {@code FR-001}), in document order. */
    public List<Requirement> requirements(String canonicalId) {
        return requirementsById.get().getOrDefault(canonicalId, List.of());
    }

    /** Every STATE.md task line for this id, in document order (more than one is an error for sago). */
    public List<StateEntry> stateEntries(String taskId) {
        return stateEntriesByTask.get().getOrDefault(taskId, List.of());
    }

    /** The first STATE.md task line for this id, or {@code null}. */
    public StateEntry stateEntry(String taskId) {
        List<StateEntry> entries = stateEntries(taskId);
        return entries.isEmpty() ? null : entries.get(0);
    }

    /**
     * The task's status as sago sees it: only a line sago's own pattern reads counts, so a task sago
     * cannot mark stays pending here too.
     */
    public TaskStatus status(Task task) {
        for (StateEntry entry : stateEntries(task.id())) {
            if (entry.readableBySago()) {
                return entry.mark();
            }
        }
        return TaskStatus.PENDING;
    }

    /** Every requirement id the plan's tasks mention, by task in document order, then by position. */
    /** Every declaration and reference of a task or requirement id in the spec set's files. */
    public SymbolIndex symbols() {
        return symbols.get();
    }

    public List<Citation> citations() {
        return citations.get();
    }

    private List<Citation> findCitations() {
        PlanDocument document = planDocument();
        if (document == null) {
            return List.of();
        }
        String text = plan.text();
        List<Citation> found = new ArrayList<>();
        for (Task task : document.tasks()) {
            found.addAll(citationsOf(task, text));
        }
        return Collections.unmodifiableList(found);
    }

    /** The requirement ids one task of a plan with this text mentions, by position: its part of {@link #citations()}. */
    public static List<Citation> citationsOf(Task task, String planText) {
        List<Citation> ofTask = new ArrayList<>();
        for (Field field : new Field[] {task.name(), task.filesField(), task.action(), task.verify(), task.done()}) {
            addCitations(task, field, false, planText, ofTask);
        }
        addCitations(task, task.requirements(), true, planText, ofTask);
        ofTask.sort(Comparator.comparing(citation -> citation.ref().span()));
        return ofTask;
    }

    /** Scans the raw file text of the field, so every citation carries its true span. */
    private static void addCitations(Task task, Field field, boolean explicit, String text, List<Citation> into) {
        if (field == null || field.textSpan() == null) {
            return;
        }
        for (Ref ref : RequirementId.findIn(text, field.textSpan().start(), field.textSpan().end())) {
            into.add(new Citation(task, ref, explicit));
        }
    }

    private static <T> Map<String, List<T>> indexBy(List<T> items, Function<T, String> key) {
        Map<String, List<T>> index = new HashMap<>();
        for (T item : items) {
            index.computeIfAbsent(key.apply(item), ignored -> new ArrayList<>(1)).add(item);
        }
        index.replaceAll((ignored, list) -> Collections.unmodifiableList(list));
        return index;
    }
}
