package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.syntax.spec.SpecRole;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code SAGA.md}'s milestone index and the milestones' own {@code MILESTONE.md} telling different stories:
 * an entry whose {@code depends on:} differs from the milestone's {@code - Depends on:}, an entry naming
 * another folder than the milestone's, a milestone the index leaves out. The orchestrator plans from the
 * index, a worker reads the milestone file; each follows a different order.
 */
final class SagaIndexDisagrees extends SpecRule {

    SagaIndexDisagrees() {
        super("saga/index-disagrees", Severity.WARNING,
                "SAGA.md's milestone index and a MILESTONE.md disagree (dependencies, folder, or a milestone missing), so the orchestrator and the workers follow different plans.",
                Set.of(SpecFormat.SAGA));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        Map<Declared, Located> entries = new LinkedHashMap<>();
        Map<String, Set<String>> indexDependencies = new HashMap<>();
        Map<String, Set<String>> ownDependencies = new HashMap<>();
        for (Located located : tree.refs()) {
            SpecRole role = located.file().document().role();
            if (role == SpecRole.SAGA && located.ref().kind() == RefKind.CITES) {
                Declared milestone = tree.target(located.ref());
                if (milestone != null) {
                    entries.putIfAbsent(milestone, located);
                }
            } else if (located.ref().kind() == RefKind.DEPENDS_ON && located.ref().fromKind() == ItemKind.PHASE
                    && (role == SpecRole.SAGA || role == SpecRole.MILESTONE)) {
                (role == SpecRole.SAGA ? indexDependencies : ownDependencies).computeIfAbsent(located.ref().fromKey(), ignored -> new TreeSet<>())
                        .add(located.ref().targetKey());
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        for (Declared milestone : tree.declared()) {
            if (milestone.item().kind() != ItemKind.PHASE || milestone.file().document().role() != SpecRole.MILESTONE) {
                continue;
            }
            Located entry = entries.get(milestone);
            String folder = SpecFileKind.milestoneFolder(milestone.file().uri());
            if (entry == null) {
                sink.report(milestone.file().uri(), milestone.item().idSpan(), Wording.capitalized(Wording.label(milestone))
                        + " is not in SAGA.md's milestone index: the orchestrator plans from the index and never launches it. Add \""
                        + milestone.key() + ". " + (folder == null ? "NN-slug" : folder) + " — …; depends on: …\" to the index.");
                continue;
            }
            List<Related> related = List.of(new Related(milestone.file().uri(), milestone.item().idSpan(), "the milestone's own file"));
            String written = entry.ref().span().of(entry.file().text());
            if (folder != null && !written.equals(folder)) {
                sink.report(entry.file().uri(), entry.ref().span(), "The index names the folder " + written + ", but " + Wording.label(milestone)
                        + " is in milestones/" + folder + ": an orchestrator looking for milestones/" + written + " finds nothing. Write " + folder
                        + ", or rename the folder.", related);
            }
            Set<String> index = indexDependencies.getOrDefault(milestone.key(), Set.of());
            Set<String> own = ownDependencies.getOrDefault(milestone.key(), Set.of());
            if (!index.equals(own)) {
                sink.report(entry.file().uri(), entry.ref().span(), "The index says " + Wording.label(milestone) + " depends on " + listed(index)
                        + ", but its MILESTONE.md says " + listed(own) + ": the orchestrator orders milestones by the index while workers read "
                        + "the milestone's file (specls counts both). Write the same dependencies in both.", related);
            }
        }
    }

    private static String listed(Set<String> keys) {
        return keys.isEmpty() ? "none" : "milestone " + String.join(", ", new ArrayList<>(keys));
    }
}
