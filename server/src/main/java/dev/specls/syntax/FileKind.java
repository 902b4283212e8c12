package dev.specls.syntax;

/** What a file is to specls (FORMATS.md §1). */
public enum FileKind {
    PLAN,
    /** A GSD phase plan ({@code .planning/phases/NN-name/NN-MM-PLAN.md}): GSD's own format, which sago's rules do not apply to. */
    GSD_PLAN,
    REQUIREMENTS,
    STATE,
    PROJECT,
    PROMPT,
    OTHER
}
