package dev.specls.check.plan;

import dev.specls.check.Severity;
import dev.specls.syntax.plan.Task;

/** A task without a name: sago does not lint it, but every status line and prompt loses its title. */
final class MissingName extends MissingField {

    MissingName() {
        super("plan/missing-name", Severity.WARNING,
                "A task has no name, so the coding agent and progress output see only its id.",
                "name", Task::name,
                "the coding agent and anyone reading sago's progress or STATE.md see no title for it, only its id. "
                        + "Add a short <name>.");
    }
}
