package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlDocument;
import java.util.List;

/** Reads a plan file as sago does. Never throws, never does I/O. */
public final class PlanParser {

    private PlanParser() {
    }

    public static PlanDocument parse(String text) {
        return new PlanDocument(null, List.of(), List.of(), null, new XmlDocument(null, List.of()), List.of(), List.of(), List.of(), null);
    }
}
