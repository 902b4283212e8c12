package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
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
        GsdWaves waves = new GsdWaves(tree);
        for (Declared declared : tree.declared()) {
            if (declared.item().kind() != ItemKind.TASK || declared.item().waveSpan() == null || tree.graph().onCycle(declared)) {
                continue;
            }
            int expected = waves.expected(declared);
            if (expected > 0 && expected != declared.item().wave()) {
                sink.report(declared.file().uri(), declared.item().waveSpan(), "Plan " + declared.item().id() + " declares wave " + declared.item().wave()
                        + ", but its depends_on puts it in wave " + expected + ": GSD's executor runs the declared wave, so the plan "
                        + (declared.item().wave() < expected ? "starts before the plans it depends on are done" : "waits longer than it needs")
                        + ". Write wave: " + expected + ".");
            }
        }
    }
}
