package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A GSD plan whose declared {@code wave} differs from the one its {@code depends_on} gives: 1 for a plan
 * that depends on no plan of its phase, else one more than the latest of them. GSD's executor runs the
 * waves as declared, so a plan in too early a wave runs before what it needs.
 */
final class GsdWaveMismatch extends SpecRule {

    GsdWaveMismatch() {
        super("gsd/wave-mismatch", Severity.WARNING,
                "A GSD plan declares a wave other than the one its depends_on gives, so GSD runs it too early or holds it back.", Set.of(SpecFormat.GSD));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        Map<Declared, List<Declared>> samePhaseDependencies = new IdentityHashMap<>();
        for (Located located : tree.refs()) {
            if (located.ref().kind() != RefKind.DEPENDS_ON) {
                continue;
            }
            Declared source = tree.source(located);
            Declared target = tree.target(located.ref());
            if (source != null && target != null && source.item().kind() == ItemKind.TASK && target.item().kind() == ItemKind.TASK
                    && Objects.equals(source.item().scope(), target.item().scope())) {
                samePhaseDependencies.computeIfAbsent(source, ignored -> new ArrayList<>()).add(target);
            }
        }
        Map<Declared, Integer> computed = new HashMap<>();
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.TASK || declared.item().waveSpan() == null || tree.graph().onCycle(declared)) {
                continue;
            }
            int expected = wave(declared, samePhaseDependencies, computed, tree);
            if (expected > 0 && expected != declared.item().wave()) {
                sink.report(declared.file().uri(), declared.item().waveSpan(), "Plan " + declared.item().id() + " declares wave " + declared.item().wave()
                        + ", but its depends_on puts it in wave " + expected + ": GSD's executor runs the declared wave, so the plan "
                        + (declared.item().wave() < expected ? "starts before the plans it depends on are done" : "waits longer than it needs")
                        + ". Write wave: " + expected + ".");
            }
        }
    }

    /** 1 without a dependency in the phase, else 1 + the latest dependency's wave; 0 when a cycle hides it. */
    private static int wave(Declared plan, Map<Declared, List<Declared>> dependencies, Map<Declared, Integer> computed, SpecTree tree) {
        Integer known = computed.get(plan);
        if (known != null) {
            return known;
        }
        computed.put(plan, 0);
        int wave = 1;
        for (Declared dependency : dependencies.getOrDefault(plan, List.of())) {
            if (tree.graph().onCycle(dependency)) {
                return 0;
            }
            int before = wave(dependency, dependencies, computed, tree);
            if (before == 0) {
                return 0;
            }
            wave = Math.max(wave, before + 1);
        }
        computed.put(plan, wave);
        return wave;
    }
}
