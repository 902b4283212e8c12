package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.RefKind;
import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A GSD plan whose {@code depends_on} names a plan of another phase. GSD's waves live inside one phase and
 * the phases run one after the other, so the edge crosses the waves: towards an earlier phase it orders
 * nothing the phase order does not (and no wave counts it), towards a later one it waits for a plan that
 * only runs once its own phase is over.
 */
final class GsdCrossPhaseDependency extends SpecRule {

    GsdCrossPhaseDependency() {
        super("gsd/cross-phase-dependency", Severity.WARNING,
                "A GSD plan's depends_on names a plan of another phase, which GSD's waves, computed inside one phase, do not count.",
                Set.of(SpecFormat.GSD));
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        for (Located located : tree.refs()) {
            if (located.ref().kind() != RefKind.DEPENDS_ON) {
                continue;
            }
            Declared plan = tree.source(located);
            Declared needed = tree.target(located.ref());
            if (plan == null || needed == null || plan.item().kind() != ItemKind.TASK || needed.item().kind() != ItemKind.TASK
                    || Objects.equals(plan.item().scope(), needed.item().scope())) {
                continue;
            }
            boolean earlier = GsdPhases.comesBefore(needed.item().scope(), plan.item().scope());
            String consequence = earlier
                    ? "phase " + needed.item().scope() + " runs before phase " + plan.item().scope() + " anyway, so the edge orders nothing and no wave counts it. "
                            + "Remove " + located.ref().target() + " from depends_on; if the phase needs it, write the phase in ROADMAP.md's **Depends on**."
                    : "GSD runs phase " + plan.item().scope() + "'s waves before phase " + needed.item().scope() + " starts, so the plan waits for work "
                            + "that only begins after its own phase is over. Move one of the plans, or drop the dependency.";
            sink.report(located.file().uri(), located.ref().span(), Wording.capitalized(Wording.label(plan)) + " depends on " + Wording.label(needed)
                    + " of phase " + needed.item().scope() + ": GSD computes waves inside one phase, and " + consequence,
                    List.of(new Related(needed.file().uri(), needed.item().idSpan(), Wording.label(needed) + " is in phase " + needed.item().scope())));
        }
    }
}
