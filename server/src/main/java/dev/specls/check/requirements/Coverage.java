package dev.specls.check.requirements;

import dev.specls.syntax.plan.Task;
import dev.specls.syntax.RequirementId;
import dev.specls.workspace.Citation;
import dev.specls.workspace.SpecSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which plan tasks cite each requirement, by canonical id: built once per check, in one pass over the citations. */
final class Coverage {

    private final Map<String, List<Citation>> citationsById = new HashMap<>();
    private boolean citesADeclaredRequirement;

    private Coverage() {
    }

    static Coverage of(SpecSet specSet) {
        Coverage coverage = new Coverage();
        for (Citation citation : specSet.citations()) {
            String canonicalId = RequirementId.canonical(citation.ref().value());
            coverage.citationsById.computeIfAbsent(canonicalId, ignored -> new ArrayList<>(1)).add(citation);
            coverage.citesADeclaredRequirement |= !specSet.requirements(canonicalId).isEmpty();
        }
        return coverage;
    }

    /** True when some task mentions an id REQUIREMENTS.md declares: the plan does traceability at all. */
    boolean citesADeclaredRequirement() {
        return citesADeclaredRequirement;
    }

    /** The first citation of the id by each task that mentions it, in plan order. */
    List<Citation> firstCitationPerTask(String canonicalId) {
        List<Citation> all = citationsById.getOrDefault(canonicalId, List.of());
        List<Citation> perTask = new ArrayList<>(all.size());
        Task previous = null;
        for (Citation citation : all) {
            // Citations come grouped by task, so a task's repeated mentions are adjacent.
            if (citation.task() != previous) {
                perTask.add(citation);
                previous = citation.task();
            }
        }
        return perTask;
    }

    boolean isCited(String canonicalId) {
        return citationsById.containsKey(canonicalId);
    }
}
