package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Task;
import dev.specls.workspace.SpecSet;
import java.util.function.Function;

/**
 * The {@code plan/missing-*} rules: a task child that is absent or blank, reported at the empty
 * element's name when there is one (that is where the text goes), else at the task's id.
 */
abstract class MissingField extends ReadableTaskRule {

    private final String element;
    private final Function<Task, Field> field;
    private final String consequence;

    /**
     * @param consequence what sago and the agent do without the field, then how to fix it; follows "Task 1.2 has no <x>: "
     */
    MissingField(String code, Severity defaultSeverity, String summary, String element, Function<Task, Field> field, String consequence) {
        super(code, defaultSeverity, summary);
        this.element = element;
        this.field = field;
        this.consequence = consequence;
    }

    @Override
    public boolean readsOnlyItsTask() {
        return true;
    }

    @Override
    public final void check(SpecSet specSet, Task task, FindingSink sink) {
        Field value = field.apply(task);
        if (value == null || value.isBlank()) {
            sink.report(specSet.planUri(), StructureSpans.field(value, task),
                    StructureLabels.task(task) + (value == null ? " has no <" : " has an empty <") + element + ">: " + consequence);
        }
    }
}
