package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;

/**
 * A {@code <phase>} or {@code <task>}, in any spelling, that sago never reads: it reads only the root's
 * direct {@code <phase>} children and their direct {@code <task>} children, by exact name and without a namespace.
 *
 * @param element     the element
 * @param parent      its parent, or {@code null} for the root
 * @param reason      why sago skips it
 * @param declaration for {@link Reason#DEFAULT_NAMESPACE}, the {@code xmlns="…"} that renames it; else {@code null}
 * @param taskCount   the tasks lost with it: itself for a task, the tasks inside for a phase
 */
public record DroppedElement(XmlElement element, XmlElement parent, Reason reason, XmlAttribute declaration, int taskCount) {

    public enum Reason {
        /** It is the root element itself: sago reads the root's children. */
        ROOT,
        /** Written in another case ({@code <Task>}): ElementTree's names are case-sensitive. */
        CASE,
        /** Written with a prefix ({@code <x:task>}), which puts it in a namespace. */
        PREFIX,
        /** Renamed into a namespace by an {@code xmlns="…"} on it or an ancestor. */
        DEFAULT_NAMESPACE,
        /** In the wrong place: a task not directly in a read phase, a phase not directly in the root. */
        MISPLACED
    }

    public boolean isTask() {
        return PlanParser.localName(element.name()).equalsIgnoreCase("task");
    }
}
