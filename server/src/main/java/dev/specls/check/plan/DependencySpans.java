package dev.specls.check.plan;

import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.text.Span;
import java.util.List;

/**
 * Where the dependency rules point at a task and how their messages name it. Every span returned
 * here is non-empty, so an editor always has something to underline.
 */
final class DependencySpans {

    private DependencySpans() {
    }

    /** The task's {@code id} value, or the {@code task} element name when the id is missing or empty. */
    static Span anchor(Task task) {
        XmlAttribute id = task.idAttribute();
        return id != null && !id.valueSpan().isEmpty() ? id.valueSpan() : task.element().nameSpan();
    }

    /** The {@code depends_on} value, or the attribute's name when the value is empty; {@code null} without the attribute. */
    static Span dependsOn(Task task) {
        XmlAttribute dependsOn = task.dependsOnAttribute();
        if (dependsOn == null) {
            return null;
        }
        return dependsOn.valueSpan().isEmpty() ? dependsOn.nameSpan() : dependsOn.valueSpan();
    }

    /** The first entry of the task's {@code depends_on} that names {@code id}, or {@code null}. */
    static Ref entryNaming(Task task, String id) {
        for (Ref ref : task.dependsOn()) {
            if (ref.value().equals(id)) {
                return ref;
            }
        }
        return null;
    }

    /** How a message names the task: its id, or its name when it has no id. */
    static String label(Task task) {
        if (!task.id().isEmpty()) {
            return task.id();
        }
        return task.nameText().isEmpty() ? "(without id or name)" : "\"" + task.nameText() + "\" (without id)";
    }

    /** The phase's name as written, for messages. */
    static String phaseName(PlanDocument plan, int phaseIndex) {
        List<Phase> phases = plan.phases();
        return phaseIndex >= 0 && phaseIndex < phases.size() ? phases.get(phaseIndex).name() : Phase.DEFAULT_NAME;
    }
}
