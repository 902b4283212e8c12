package dev.specls.check.plan;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Task;

/** How the structure rules' messages name a task or a phase. */
final class StructureLabels {

    private StructureLabels() {
    }

    /** {@code Task 1.2}, or {@code Task "Add config"} without an id, or {@code This task} without either. */
    static String task(Task task) {
        if (!task.id().isEmpty()) {
            return "Task " + task.id();
        }
        return task.nameText().isEmpty() ? "This task" : "Task \"" + task.nameText() + "\"";
    }

    /** {@code Phase "Phase 1: Setup"}, or {@code This phase} when sago would call it "Unknown Phase". */
    static String phase(Phase phase) {
        return phase.nameAttribute() == null ? "This phase" : "Phase \"" + phase.name() + "\"";
    }
}
