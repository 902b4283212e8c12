package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import java.util.List;

/**
 * One {@code <phase>} directly under the root.
 *
 * @param name          the {@code name} attribute, or "Unknown Phase" as sago defaults it
 * @param nameAttribute the attribute, or {@code null}
 * @param description   the {@code <description>} field, or {@code null}
 */
public record Phase(XmlElement element, int index, String name, XmlAttribute nameAttribute, Field description, List<Task> tasks) {

    public static final String DEFAULT_NAME = "Unknown Phase";
}
