package dev.specls.check;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.workspace.Citation;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a task that a rule's findings depend on. When an edit stays inside one task and leaves the parts a
 * rule reads of that task as they were, the rule says what it said of the version before (moved with the
 * text), so the checker need not run it again. Each part is compared by value, never by position: positions
 * are what moves.
 */
public enum PlanAspect {
    /** The id as sago keeps it, and whether the attribute is there. */
    ID {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            return List.of(task.id(), task.idAttribute() != null);
        }
    },
    /** The name's text, and whether the element is there: what a message calls a task without an id. */
    NAME {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            return List.of(task.nameText(), task.name() != null);
        }
    },
    /** The explicit dependencies as sago splits them, and whether the attribute is there. */
    DEPENDS_ON {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            return List.of(refValues(task.dependsOn()), task.dependsOnAttribute() != null);
        }
    },
    /** The {@code <files>} lines as sago splits them. */
    FILES {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            return refValues(task.files());
        }
    },
    /** The requirement ids the task mentions, and which of them its {@code <requirements>} child cites. */
    CITATIONS {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            List<Object> cited = new ArrayList<>();
            for (Citation citation : SpecSet.citationsOf(task, text)) {
                cited.add(List.of(citation.ref().value(), citation.explicit()));
            }
            return cited;
        }
    },
    /** The task's attributes and child elements as ElementTree names them, with the values a message quotes. */
    ELEMENTS {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            XmlNames names = plan.names();
            XmlElement element = task.element();
            List<Object> parts = new ArrayList<>();
            for (XmlAttribute attribute : names.attributes(element)) {
                parts.add(List.of(attribute.name(), attribute.value(), names.isDefaulted(element, attribute)));
            }
            for (XmlElement child : element.children()) {
                XmlAttribute declaration = names.defaultNamespaceDeclaration(child);
                parts.add(List.of(child.name(), String.valueOf(names.tag(child)), String.valueOf(names.namespace(child)),
                        declaration == null ? "" : declaration.value()));
            }
            return parts;
        }
    },
    /** The task's whole text: any edit inside the task changes it, so a rule that reads this runs on every version. */
    TEXT {
        @Override
        Object of(Task task, PlanDocument plan, String text) {
            return task.element().span().of(text);
        }
    };

    /** This part of the task, as a value that equals the same part of the same task in another version. */
    abstract Object of(Task task, PlanDocument plan, String text);

    private static List<String> refValues(List<Ref> refs) {
        List<String> values = new ArrayList<>(refs.size());
        refs.forEach(ref -> values.add(ref.value()));
        return values;
    }
}
