package dev.specls.features.fixes;

import dev.specls.check.Suggestions;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.PlanGraph;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/dangling-dependency}: point the entry at the id it probably meant, remove it, or add the
 * missing task as a stub to fill in.
 */
final class DanglingDependencyFix implements QuickFix {

    @Override
    public String code() {
        return "plan/dangling-dependency";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecSet specSet = input.specSet();
        PlanDocument plan = specSet.planDocument();
        Task task = PlanText.taskAt(plan, input.finding().span());
        Ref entry = PlanText.dependencyAt(task, input.finding().span());
        if (entry == null || specSet.task(entry.value()) != null) {
            return List.of();
        }
        List<CodeAction> actions = new ArrayList<>(3);
        String suggestion = suggestion(specSet, task, entry.value());
        if (suggestion != null) {
            actions.add(new Edits(input.context().encoding()).replace(input.file(), entry.span(), suggestion)
                    .quickFix("Change dependency \"" + entry.value() + "\" to \"" + suggestion + "\"", input.diagnostic(), true));
        }
        CodeAction remove = remove(input, task, entry);
        if (remove != null) {
            actions.add(remove);
        }
        CodeAction create = createStub(input, plan, task, entry.value());
        if (create != null) {
            actions.add(create);
        }
        return actions;
    }

    /**
     * The closest declared id, when pointing the entry at it is clean: not the task itself, not already
     * listed, not a task of a later phase, not a task that depends on this one, not a later task of the
     * same phase, and not making the list name every earlier task of the plan.
     */
    private static String suggestion(SpecSet specSet, Task task, String missing) {
        PlanGraph graph = specSet.graph();
        Set<String> ids = new LinkedHashSet<>();
        for (Task other : graph.tasks()) {
            if (!other.id().isEmpty() && !other.id().equals(task.id())) {
                ids.add(other.id());
            }
        }
        String suggestion = Suggestions.closest(missing, ids);
        if (suggestion == null) {
            return null;
        }
        Task target = graph.task(suggestion);
        Set<String> listed = new HashSet<>();
        task.dependsOn().forEach(ref -> listed.add(ref.value()));
        if (listed.contains(suggestion) || target.phaseIndex() > task.phaseIndex()
                || (target.phaseIndex() == task.phaseIndex() && target.ordinal() > task.ordinal())
                || graph.dependsOnTransitively(target, task)) {
            return null;
        }
        if (task.ordinal() >= 2) {
            listed.add(suggestion);
            boolean everyEarlier = true;
            for (Task other : graph.tasks()) {
                if (other.ordinal() >= task.ordinal()) {
                    break;
                }
                everyEarlier &= listed.contains(other.id());
            }
            if (everyEarlier) {
                return null;
            }
        }
        return suggestion;
    }

    /** Removes the entry with its separator; a lone entry takes the whole attribute with it, when that is safe. */
    private static CodeAction remove(Input input, Task task, Ref entry) {
        String text = input.text();
        String rest = PlanText.dependsOnWithout(text, task, entry.value());
        Edits edits = new Edits(input.context().encoding());
        if (rest != null) {
            edits.replace(input.file(), task.dependsOnAttribute().valueSpan(), rest);
            return edits.quickFix("Remove dependency \"" + entry.value() + "\"", input.diagnostic(), false);
        }
        Span attribute = PlanText.attributeWithLeadingSpace(text, task.dependsOnAttribute());
        if (attribute == null || !PlanText.canDropDependsOn(input.specSet(), task)) {
            return null;
        }
        edits.delete(input.file(), attribute);
        boolean first = PlanText.earlierInPhase(input.specSet().planDocument(), task).isEmpty();
        return edits.quickFix("Remove depends_on=\"" + task.dependsOnAttribute().valueSpan().of(text) + "\" ("
                + (first ? "the first task of its phase then depends on nothing" : "the task then waits for every earlier task of its phase")
                + ")", input.diagnostic(), false);
    }

    /**
     * Adds a task with the missing id, when it is an N.M id: in the phase that the id's number names
     * (among the tasks in number order), unless that phase comes after the citing task's; else, and
     * whenever the sorted place would follow the citing task, just before the citing task. A place whose
     * earlier tasks depend on the citing task would close a cycle, so the stub then opens its phase.
     */
    private static CodeAction createStub(Input input, PlanDocument plan, Task citing, String id) {
        TaskId missing = TaskId.parse(id);
        // Inserting a task needs the structure sago reads; in broken XML the tolerant tree may nest wrongly.
        if (missing == null || !plan.readableBySago() || citing.phaseIndex() < 0 || citing.phaseIndex() >= plan.phases().size()) {
            return null;
        }
        Phase phase = plan.phases().get(citing.phaseIndex());
        for (Phase candidate : plan.phases()) {
            if (candidate.index() > citing.phaseIndex()) {
                break;
            }
            if (candidate.tasks().stream().anyMatch(other -> TaskId.majorOf(other.id()) == missing.major())) {
                phase = candidate;
                break;
            }
        }
        List<Task> tasks = phase.tasks();
        if (tasks.isEmpty()) {
            return null;
        }
        // The stub goes before tasks.get(at), or after the last task when at == size.
        int at = 0;
        for (int i = 0; i < tasks.size(); i++) {
            TaskId other = TaskId.parse(tasks.get(i).id());
            if (other != null && other.major() == missing.major() && other.compareTo(missing) < 0) {
                at = i + 1;
            }
        }
        if (phase.index() == citing.phaseIndex()) {
            at = Math.min(at, tasks.indexOf(citing));
        }
        java.util.Set<Task> reaching = PlanText.reaching(input.specSet().graph(), citing);
        for (int i = 0; i < at; i++) {
            if (reaching.contains(tasks.get(i))) {
                at = 0;
                break;
            }
        }
        List<Task> all = input.specSet().graph().tasks();
        int ordinal = at < tasks.size() ? tasks.get(at).ordinal() : tasks.get(tasks.size() - 1).ordinal() + 1;
        if (PlanText.overSpecified(all, ordinal, id) > PlanText.overSpecified(all, 0, null)) {
            // The new task would complete some depends_on to "every earlier task": sago's OVER_SPECIFIED_DEPS.
            return null;
        }
        String text = input.text();
        String newline = PlanText.newline(text);
        if (at < tasks.size()) {
            Task next = tasks.get(at);
            int start = next.element().span().start();
            if (!PlanText.startsLine(text, start)) {
                return null;
            }
            String indent = PlanText.indentOf(text, start);
            String stub = stub(id, indent, PlanText.childIndent(text, next.element()), newline);
            return new Edits(input.context().encoding())
                    .insert(input.file(), PlanText.lineStart(text, start), stub + newline)
                    .quickFix("Add task " + id + " to \"" + phase.name() + "\"", input.diagnostic(), false);
        }
        Task previous = tasks.get(tasks.size() - 1);
        int start = previous.element().span().start();
        if (!PlanText.startsLine(text, start)) {
            return null;
        }
        String indent = PlanText.indentOf(text, start);
        String stub = stub(id, indent, PlanText.childIndent(text, previous.element()), newline);
        return new Edits(input.context().encoding())
                .insert(input.file(), previous.element().span().end(), newline + stub)
                .quickFix("Add task " + id + " to \"" + phase.name() + "\"", input.diagnostic(), false);
    }

    /**
     * A task whose placeholders every rule accepts and that sago cannot mark done by accident: its
     * verify command starts with the word {@code TODO:}, which no shell finds, so it fails until edited.
     */
    static String stub(String id, String indent, String childIndent, String newline) {
        return indent + "<task id=\"" + id + "\">" + newline
                + childIndent + "<name>TODO: name task " + id + "</name>" + newline
                + childIndent + "<files>TODO: files of task " + id + "</files>" + newline
                + childIndent + "<action>TODO: what task " + id + " does</action>" + newline
                + childIndent + "<verify>" + MissingFieldFix.VERIFY_PLACEHOLDER + "</verify>" + newline
                + childIndent + "<done>" + MissingFieldFix.DONE_PLACEHOLDER + "</done>" + newline
                + indent + "</task>";
    }
}
