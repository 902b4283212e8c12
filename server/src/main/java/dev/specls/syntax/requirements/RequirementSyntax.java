package dev.specls.syntax.requirements;

/** Which tool's line syntax a requirement was written in (FORMATS.md §3). */
public enum RequirementSyntax {
    /** {@code * [ ] **REQ-1:** text}: colon inside the bold, {@code *} bullet, lower-case x. */
    SAGO,
    /** {@code - [ ] **AUTH-01**: text}: colon outside the bold. */
    GSD,
    /** {@code - **FR-001**: text}: no checkbox. */
    SPEC_KIT
}
