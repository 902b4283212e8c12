package dev.specls.workspace;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;

/**
 * A requirement id that a task mentions (FORMATS.md §3, traceability).
 *
 * @param task     the task whose text holds the id
 * @param ref      the id as written and its span in the plan file
 * @param explicit true when it stands in the task's {@code <requirements>} child, false when it is
 *                 mentioned in the name, files, action, verify or done text
 */
public record Citation(Task task, Ref ref, boolean explicit) {
}
