package dev.specls.workspace.spec;

import dev.specls.syntax.spec.StatusClaim;

/** A status claim (a PROGRESS.md line) with its file. */
public record Claimed(SpecFile file, StatusClaim claim) {
}
