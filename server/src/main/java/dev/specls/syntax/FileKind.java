package dev.specls.syntax;

/** What a file is to specls (FORMATS.md §1). */
public enum FileKind {
    PLAN,
    REQUIREMENTS,
    STATE,
    PROJECT,
    PROMPT,
    OTHER
}
