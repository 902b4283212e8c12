package dev.specls.workspace.spec;

import dev.specls.syntax.spec.SpecRef;

/** A reference with the file it is written in. */
public record Located(SpecFile file, SpecRef ref) {
}
