package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import java.util.List;

/**
 * One {@code <task>}, read exactly as sago reads it.
 *
 * @param element        the task element
 * @param ordinal        0-based position among all tasks of the plan, in document order
 * @param phaseIndex     0-based index of its phase
 * @param id             the {@code id} attribute exactly as sago keeps it (not trimmed); "" when missing
 * @param idAttribute    the attribute, or {@code null} when missing
 * @param dependsOnAttribute the {@code depends_on} attribute, or {@code null}
 * @param dependsOn      sago's explicit list: split on ',', trimmed, empties dropped; each with its own span
 * @param name           child fields: {@code null} when the element is absent
 * @param files          one entry per non-blank line of {@code <files>}, trimmed, as sago splits them
 * @param requirements   an optional {@code <requirements>} child (ignored by sago, read by specls)
 */
public record Task(
        XmlElement element,
        int ordinal,
        int phaseIndex,
        String id,
        XmlAttribute idAttribute,
        XmlAttribute dependsOnAttribute,
        List<Ref> dependsOn,
        Field name,
        Field filesField,
        List<Ref> files,
        Field action,
        Field verify,
        Field done,
        Field requirements) {

    /** True when sago adds the implicit dependency on every earlier task of the phase. */
    public boolean hasImplicitDependencies() {
        return dependsOn.isEmpty();
    }

    public String nameText() {
        return name == null ? "" : name.text();
    }

    public String verifyText() {
        return verify == null ? "" : verify.text();
    }

    public String doneText() {
        return done == null ? "" : done.text();
    }

    public String actionText() {
        return action == null ? "" : action.text();
    }
}
