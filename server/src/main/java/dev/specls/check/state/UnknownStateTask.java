package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.check.Suggestions;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import dev.specls.syntax.state.StateField;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code state/unknown-task}: a STATE.md task line, or a Current Task / Next Task / Last Completed field,
 * naming an id that no plan task declares. Only against a sago plan: without one there is nothing to
 * resolve against.
 */
final class UnknownStateTask extends AbstractRule {

    /** The fields of sago's Current Context and Resume Point sections that name a task. */
    private static final Set<String> TASK_FIELDS = Set.of("current task", "next task", "last completed");

    /**
     * "Did you mean" costs a scan of every task id per unknown id; past this many unknown ids the
     * STATE.md belongs to another plan, and a guess per line would make the check quadratic.
     */
    private static final int SUGGESTION_LIMIT = 50;

    UnknownStateTask() {
        super("state/unknown-task", Severity.ERROR,
                "A STATE.md task line or task field names an id that no task in the plan declares.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ID, PlanAspect.NAME);
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null || !specSet.sagoPlan()) {
            return;
        }
        Set<String> planIds = new LinkedHashSet<>();
        for (Task task : specSet.graph().tasks()) {
            if (!task.id().isEmpty()) {
                planIds.add(task.id());
            }
        }
        Guesser guesser = new Guesser(planIds, specSet);
        for (StateEntry entry : file.state().entries()) {
            if (planIds.contains(entry.taskId()) || entry.idSpan().isEmpty()) {
                continue;
            }
            String guess = guesser.guess(entry.taskId(), entry.name());
            sink.report(file.uri(), entry.idSpan(), "STATE.md marks task " + entry.taskId() + " " + entry.mark().word()
                    + ", but no task in PLAN.md declares \"" + entry.taskId() + "\": sago records a status for a task it "
                    + "will never schedule, and the task this line meant stays pending. " + fix(guess, "the line"));
        }
        for (StateField field : file.state().fields()) {
            Ref ref = field.taskRef();
            if (ref == null || ref.span().isEmpty() || planIds.contains(ref.value())
                    || !TASK_FIELDS.contains(field.key().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String guess = guesser.guess(ref.value(), nameAfter(field));
            sink.report(file.uri(), ref.span(), "The " + field.key() + " field names task " + ref.value()
                    + ", which no task in PLAN.md declares: a resumed run starts from a task that does not exist. "
                    + fix(guess, "the field"));
        }
    }

    /** The name a field gives after its task id ("1.2: Create main"), or "". */
    private static String nameAfter(StateField field) {
        int afterId = field.taskRef().span().end() - field.valueSpan().start();
        String rest = afterId < field.value().length() ? field.value().substring(afterId) : "";
        return rest.startsWith(":") ? rest.substring(1) : "";
    }

    /**
     * The plan id a wrong id most likely meant: the task with the same name when the line gives one
     * (a renumbered plan), else the closest id by spelling.
     */
    private static final class Guesser {

        private final Set<String> planIds;
        private final SpecSet specSet;
        /** Built at the first guess by name: a STATE.md without unknown ids never needs it. */
        private Map<String, String> idByName;
        private int spellingGuesses;

        Guesser(Set<String> planIds, SpecSet specSet) {
            this.planIds = planIds;
            this.specSet = specSet;
        }

        String guess(String id, String name) {
            String byName = name.isBlank() ? null : idByName().get(TaskNames.normalized(name));
            if (byName != null) {
                return byName;
            }
            return spellingGuesses++ < SUGGESTION_LIMIT ? Suggestions.closest(id, planIds) : null;
        }

        private Map<String, String> idByName() {
            if (idByName == null) {
                idByName = new HashMap<>();
                for (Task task : specSet.graph().tasks()) {
                    if (!task.id().isEmpty()) {
                        idByName.putIfAbsent(TaskNames.normalized(task.nameText()), task.id());
                    }
                }
            }
            return idByName;
        }
    }

    private static String fix(String guess, String what) {
        return (guess == null ? "" : "Did you mean \"" + guess + "\"? ") + "Otherwise correct the id or remove " + what + ".";
    }
}
