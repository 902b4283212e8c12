package dev.specls.syntax.spec;

/** The part a file plays in its spec set; the parser of a format reads each role differently. */
public enum SpecRole {
    /** Spec Kit {@code spec.md}, specpilot {@code spec.md}: stories, requirements, success criteria. */
    SPEC,
    /** Spec Kit and specpilot {@code plan.md}. */
    PLAN,
    /** Spec Kit and Kiro {@code tasks.md}. */
    TASKS,
    /** Spec Kit {@code checklists/*.md}. */
    CHECKLIST,
    /** Spec Kit {@code .specify/memory/constitution.md}. */
    CONSTITUTION,
    /** Kiro {@code requirements.md}, or its {@code bugfix.md}. */
    REQUIREMENTS,
    /** Kiro {@code design.md}. */
    DESIGN,
    /** Saga {@code SAGA.md}. */
    SAGA,
    /** Saga {@code milestones/NN-slug/MILESTONE.md}. */
    MILESTONE,
    /** Saga {@code milestones/NN-slug/tasks/NN-slug.md}. */
    SAGA_TASK,
    /** Saga {@code PROGRESS.md}. */
    PROGRESS,
    /** GSD {@code .planning/ROADMAP.md}. */
    ROADMAP,
    /** GSD {@code .planning/phases/NN-name/NN-MM-PLAN.md}. */
    PHASE_PLAN,
    /** specpilot {@code needs.md}, {@code impl_notes.md}: read for markers only. */
    NOTES
}
