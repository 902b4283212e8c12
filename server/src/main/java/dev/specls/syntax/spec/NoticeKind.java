package dev.specls.syntax.spec;

/** Something a parser saw that a rule reports: lines the tool will not read, markers left in the text. */
public enum NoticeKind {
    /** A Kiro task list item under a heading: Kiro's task list only reads the list at the top of tasks.md. */
    TASK_UNDER_HEADING,
    /** A Kiro task nested deeper than two levels. */
    TASK_NESTED_TOO_DEEP,
    /** A Spec Kit task line without its {@code - [ ]} checkbox. */
    TASK_WITHOUT_CHECKBOX,
    /** A Spec Kit checkbox line in a phase without a {@code T###} id. */
    TASK_WITHOUT_ID,
    /** A Spec Kit task in a user story phase without its {@code [US#]} label. */
    TASK_WITHOUT_STORY,
    /** A Saga task file without a {@code - Depends on:} line. */
    MISSING_DEPENDS_ON,
    /** {@code [NEEDS CLARIFICATION: …]} */
    NEEDS_CLARIFICATION,
    /** A template placeholder left in the text: {@code [FEATURE NAME]}, {@code [DATE]}. */
    PLACEHOLDER
}
