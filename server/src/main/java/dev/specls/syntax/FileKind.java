package dev.specls.syntax;

import java.util.Objects;

/**
 * What a file is to specls (FORMATS.md §1). A value, not an enumeration: a format declares its own kind
 * beside its parser, and the {@code Formats} table says what each kind is made of. The name, in any
 * case, is the key a user writes under {@code [files]} in {@code .specls.toml}; kinds are equal when
 * their names are.
 */
public record FileKind(String name) {

    public static final FileKind PLAN = new FileKind("PLAN");
    /** A GSD phase plan ({@code .planning/phases/NN-name/NN-MM-PLAN.md}): GSD's own format, which sago's rules do not apply to. */
    public static final FileKind GSD_PLAN = new FileKind("GSD_PLAN");
    public static final FileKind REQUIREMENTS = new FileKind("REQUIREMENTS");
    public static final FileKind STATE = new FileKind("STATE");
    public static final FileKind PROJECT = new FileKind("PROJECT");
    public static final FileKind PROMPT = new FileKind("PROMPT");
    /** Not a file specls reads. */
    public static final FileKind OTHER = new FileKind("OTHER");

    public FileKind {
        Objects.requireNonNull(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
