package dev.specls.check.spec;

import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wave GSD's executor should run each plan in: 1 for a plan that depends on no plan of its phase,
 * else one more than the latest of them; 0 where a cycle leaves none. What {@code gsd/wave-mismatch}
 * compares with the declared wave and its quick fix writes.
 */
public final class GsdWaves {

    private final SpecTree tree;
    private final Map<Declared, List<Declared>> samePhaseDependencies = new IdentityHashMap<>();
    private final Map<Declared, Integer> computed = new IdentityHashMap<>();

    public GsdWaves(SpecTree tree) {
        this.tree = tree;
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
    }

    /** The plan's wave by its dependencies, or 0 when a cycle hides it. */
    public int expected(Declared plan) {
        Integer known = computed.get(plan);
        if (known != null) {
            return known;
        }
        computed.put(plan, 0);
        int wave = 1;
        for (Declared dependency : samePhaseDependencies.getOrDefault(plan, List.of())) {
            int before = tree.graph().onCycle(dependency) ? 0 : expected(dependency);
            if (before == 0) {
                return 0;
            }
            wave = Math.max(wave, before + 1);
        }
        computed.put(plan, wave);
        return wave;
    }
}
