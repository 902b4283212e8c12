package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;
import java.util.function.Function;

/** The shared check of the {@code plan/missing-*} rules: a task child that is absent or blank. */
final class MissingField {

    private MissingField() {
    }

    /**
     * Reports each task whose field is absent or has only blank text, at the empty element's name
     * when there is one (that is where the text goes), else at the task's id.
     *
     * @param consequence what sago and the agent do without the field, then how to fix it; follows "Task 1.2 has no <x>: "
     */
    static void report(SpecSet specSet, FindingSink sink, String element, Function<Task, Field> field, String consequence) {
        PlanDocument plan = ReadablePlan.of(specSet);
        if (plan == null) {
            return;
        }
        for (Task task : plan.tasks()) {
            Field value = field.apply(task);
            if (value == null || value.isBlank()) {
                sink.report(specSet.planUri(), StructureSpans.field(value, task),
                        StructureLabels.task(task) + (value == null ? " has no <" : " has an empty <") + element + ">: " + consequence);
            }
        }
    }
}
