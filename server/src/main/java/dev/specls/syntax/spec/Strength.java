package dev.specls.syntax.spec;

/** How a reference came to be. */
public enum Strength {
    /** Written in the file: {@code (depends on T012)}, {@code _Depends: 1.2_}, {@code - Depends on: 1.1}. */
    EXPLICIT,
    /** The tool's own default, such as "phases run in order"; the reference says which default. */
    IMPLICIT,
    /** Read from prose that states the relation loosely: an id mentioned in a task's text. */
    INFERRED
}
