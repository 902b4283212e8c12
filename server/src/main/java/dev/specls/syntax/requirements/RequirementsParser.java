package dev.specls.syntax.requirements;

import java.util.List;

/** Reads a requirements file in any of the sago, GSD and Spec Kit syntaxes. Never throws, never does I/O. */
public final class RequirementsParser {

    private RequirementsParser() {
    }

    public static RequirementsDocument parse(String text) {
        return new RequirementsDocument(List.of(), List.of(), List.of());
    }
}
