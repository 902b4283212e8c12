package dev.specls.check;

import dev.specls.config.Settings;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.text.TextChange;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one edit of the plan between a checked spec set and its next version, and what of the old findings it
 * leaves standing. Only the plan may have changed: every other member must be the same file. The edit is the
 * splice between the two texts ({@link TextChange}); it leaves alone the tasks before it (their text and all that
 * precedes them are the same, and the parser reads forward) and, when it lies inside one task's element, the
 * tasks after it too (their text and their ancestors' start tags are the same, and they keep their ordinals).
 *
 * <p>A rule's old findings are replayed only when every span of them in the plan lies clear of the edit, and
 * are then moved with the text; a span that touches the edit makes the rule run again.
 */
final class PlanEdit {

    private final Checked previous;
    private final URI planUri;
    private final PlanDocument before;
    private final PlanDocument after;
    private final String oldText;
    private final String newText;
    private final TextChange change;
    /** How many tasks from the top the edit leaves alone in both versions. */
    private final int leading;
    /** The task whose element holds the edit in both versions, with nothing else of the plan changed; -1 when none. */
    private final int editedTask;
    private final Map<PlanAspect, Boolean> aspectKept = new EnumMap<>(PlanAspect.class);

    private PlanEdit(Checked previous, SourceFile oldPlan, SourceFile newPlan) {
        this.previous = previous;
        this.planUri = newPlan.uri();
        this.before = oldPlan.plan();
        this.after = newPlan.plan();
        this.oldText = oldPlan.text();
        this.newText = newPlan.text();
        this.change = TextChange.between(oldText, newText);
        this.leading = leadingTasks();
        this.editedTask = editedTask(oldPlan, newPlan);
    }

    /** The edit from {@code previous} to {@code specSet}, or {@code null} when they differ in more than the plan's text. */
    static PlanEdit between(Checked previous, SpecSet specSet, Settings settings) {
        if (previous == null || !previous.replayable() || previous.settings() != settings) {
            return null;
        }
        SpecSet old = previous.specSet();
        if (!Objects.equals(old.folder(), specSet.folder()) || old.members().size() != specSet.members().size()
                || old.plan() == null || specSet.plan() == null || !old.plan().uri().equals(specSet.plan().uri())
                || old.planDocument() == null || specSet.planDocument() == null) {
            return null;
        }
        for (int i = 0; i < old.members().size(); i++) {
            SourceFile was = old.members().get(i);
            if (was != specSet.members().get(i) && was != old.plan()) {
                return null;
            }
        }
        return new PlanEdit(previous, old.plan(), specSet.plan());
    }

    private int leadingTasks() {
        List<Task> oldTasks = before.tasks();
        List<Task> newTasks = after.tasks();
        int count = 0;
        while (count < oldTasks.size() && count < newTasks.size()) {
            Task was = oldTasks.get(count);
            Task now = newTasks.get(count);
            Span span = now.element().span();
            if (span.end() >= change.start() || !span.equals(was.element().span()) || was.phaseIndex() != now.phaseIndex()) {
                break;
            }
            count++;
        }
        return count;
    }

    /**
     * The ordinal of the task that holds the edit, when the rest of the plan reads as before: the same tasks in
     * the same phases, the same verdict of sago, every line keeping its number. Otherwise -1.
     */
    private int editedTask(SourceFile oldPlan, SourceFile newPlan) {
        List<Task> oldTasks = before.tasks();
        List<Task> newTasks = after.tasks();
        int edited = leading;
        if (oldTasks.size() != newTasks.size() || edited >= newTasks.size() || before.phases().size() != after.phases().size()
                || !change.keepsLines(oldText, newText) || !sameVerdict(oldPlan, newPlan)) {
            return -1;
        }
        Task was = oldTasks.get(edited);
        Task now = newTasks.get(edited);
        Span old = was.element().span();
        Span span = now.element().span();
        if (!change.inside(old.start(), old.end()) || span.start() != old.start() || span.end() != old.end() + change.delta()
                || was.element().closed() != now.element().closed() || was.phaseIndex() != now.phaseIndex()) {
            return -1;
        }
        for (int i = edited + 1; i < newTasks.size(); i++) {
            Task later = newTasks.get(i);
            Task laterWas = oldTasks.get(i);
            if (!later.element().span().equals(laterWas.element().span().shift(change.delta())) || later.phaseIndex() != laterWas.phaseIndex()) {
                return -1;
            }
        }
        return edited;
    }

    private boolean sameVerdict(SourceFile oldPlan, SourceFile newPlan) {
        return before.readableBySago() == after.readableBySago() && before.readsThePlan() == after.readsThePlan()
                && (before.block() == null) == (after.block() == null)
                && (oldPlan.snapshot().utf8Error() == null) == (newPlan.snapshot().utf8Error() == null)
                && before.dropped().size() == after.dropped().size()
                && (before.block() == null || after.block().contentSpan().equals(blockMoved(before.block().contentSpan())));
    }

    /** A span that holds the edit, as it reads after it: its end moves with the text. */
    private Span blockMoved(Span span) {
        return span.start() < change.start() && change.oldEnd() < span.end() ? new Span(span.start(), span.end() + change.delta()) : change.map(span);
    }

    /**
     * The rule's old findings, moved, when the edit cannot have changed them (see {@link Rule#readsOfEachTask()});
     * {@code null} when the rule must run.
     */
    List<Finding> replay(int ruleIndex, Rule rule) {
        Checked.RuleFindings old = previous.byRule()[ruleIndex];
        if (!old.ran() || editedTask < 0 || !keeps(rule.readsOfEachTask())) {
            return null;
        }
        return moved(old.findings());
    }

    /**
     * What of a task rule's old findings stands: all of them (moved) when the rule's parts of the edited task
     * are unchanged, else, for a rule that reads only its task, those of the tasks the edit left alone.
     * {@code null} when the rule must run on every task.
     */
    TaskReplay replayOfTasks(int ruleIndex, TaskRule rule) {
        Checked.RuleFindings old = previous.byRule()[ruleIndex];
        if (!old.ran()) {
            return null;
        }
        List<Finding> all = replay(ruleIndex, rule);
        if (all != null) {
            return new TaskReplay(0, 0, all, old.ordinals());
        }
        if (!rule.readsOnlyItsTask()) {
            return null;
        }
        int runFrom = leading;
        int runTo = editedTask >= 0 ? editedTask + 1 : after.tasks().size();
        List<Finding> kept = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        for (int i = 0; i < old.findings().size(); i++) {
            int ordinal = old.ordinals()[i];
            boolean beforeEdit = ordinal < runFrom;
            boolean afterEdit = editedTask >= 0 && ordinal > editedTask;
            if (beforeEdit || afterEdit) {
                Finding moved = moved(old.findings().get(i));
                if (moved == null) {
                    return null;
                }
                kept.add(moved);
                // The edited task's plan has as many tasks as before, so those after it keep their ordinals.
                ordinals.add(ordinal);
            }
        }
        return new TaskReplay(runFrom, runTo, kept, ordinals.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A task rule's findings replayed for the tasks outside {@code [runFrom, runTo)}, in task order; the rule
     * runs on the tasks inside.
     */
    record TaskReplay(int runFrom, int runTo, List<Finding> findings, int[] ordinals) {

        boolean runs(int ordinal) {
            return ordinal >= runFrom && ordinal < runTo;
        }

        /** True when the rule runs on no task and replays no finding: the pass over the tasks can leave it out. */
        boolean saysNothing() {
            return runFrom == runTo && findings.isEmpty();
        }
    }

    private boolean keeps(Set<PlanAspect> aspects) {
        for (PlanAspect aspect : aspects) {
            if (!aspectKept.computeIfAbsent(aspect, this::kept)) {
                return false;
            }
        }
        return true;
    }

    private boolean kept(PlanAspect aspect) {
        Task was = before.tasks().get(editedTask);
        Task now = after.tasks().get(editedTask);
        return aspect.of(was, before, oldText).equals(aspect.of(now, after, newText));
    }

    private List<Finding> moved(List<Finding> findings) {
        List<Finding> moved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding one = moved(finding);
            if (one == null) {
                return null;
            }
            moved.add(one);
        }
        return moved;
    }

    /** The finding with its spans in the plan moved with the text; {@code null} when one touches the edit. */
    private Finding moved(Finding finding) {
        Span span = moved(finding.uri(), finding.span());
        if (span == null) {
            return null;
        }
        List<Related> related = finding.related();
        if (!related.isEmpty()) {
            List<Related> places = new ArrayList<>(related.size());
            for (Related place : related) {
                Span placeSpan = moved(place.uri(), place.span());
                if (placeSpan == null) {
                    return null;
                }
                places.add(placeSpan == place.span() ? place : new Related(place.uri(), placeSpan, place.message()));
            }
            related = List.copyOf(places);
        }
        return span == finding.span() && related == finding.related() ? finding
                : new Finding(finding.uri(), span, finding.code(), finding.severity(), finding.message(), related);
    }

    /** A span of {@code uri} as it reads after the edit: moved when it is in the plan; {@code null} when it touches the edit. */
    private Span moved(URI uri, Span span) {
        return uri.equals(planUri) ? change.map(span) : span;
    }
}
