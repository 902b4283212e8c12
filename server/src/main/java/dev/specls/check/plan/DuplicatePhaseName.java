package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.check.Related;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.workspace.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.specls.workspace.SpecSet;

/** A phase name used by an earlier phase; sago records phases by name. */
final class DuplicatePhaseName extends ReadablePlanRule {

    DuplicatePhaseName() {
        super("plan/duplicate-phase-name", Severity.WARNING,
                "Two phases share a name, and sago records phases by name.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        SourceFile file = specSet.plan();
        Map<String, Phase> firstByName = new HashMap<>();
        for (Phase phase : plan.phases()) {
            Phase first = firstByName.putIfAbsent(phase.name(), phase);
            if (first == null) {
                continue;
            }
            String line = String.valueOf(StructureSpans.lineNumber(file, StructureSpans.phase(first).start()));
            String clash = phase.nameAttribute() == null
                    ? "This phase has no name, so sago calls it \"" + Phase.DEFAULT_NAME + "\", as it does the phase at line " + line
                    : "Phase name \"" + phase.name() + "\" is already used by the phase at line " + line;
            sink.report(file.uri(), StructureSpans.phase(phase), clash
                            + ": sago records phases by name (the active phase and \"## Phase Complete\" in STATE.md), "
                            + "so the progress and reviews of the two phases mix. Give each phase its own name.",
                    List.of(new Related(file.uri(), StructureSpans.phase(first), "the first phase named \"" + phase.name() + "\"")));
        }
    }
}
