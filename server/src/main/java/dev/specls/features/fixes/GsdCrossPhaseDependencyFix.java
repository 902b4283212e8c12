package dev.specls.features.fixes;

import dev.specls.check.spec.GsdPhases;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import java.util.Objects;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code gsd/cross-phase-dependency}: take a plan of an earlier phase out of {@code depends_on}, since the
 * phase order already keeps it. An edge to a later phase gets no fix: which plan should move is the
 * planner's choice.
 */
final class GsdCrossPhaseDependencyFix implements QuickFix {

    @Override
    public String code() {
        return "gsd/cross-phase-dependency";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        if (tree == null) {
            return List.of();
        }
        Located located = SpecFixes.dependencyAt(tree, input);
        if (located == null) {
            return List.of();
        }
        Declared plan = tree.source(located);
        Declared needed = tree.target(located.ref());
        if (plan == null || needed == null || Objects.equals(plan.item().scope(), needed.item().scope())
                || !GsdPhases.comesBefore(needed.item().scope(), plan.item().scope())) {
            return List.of();
        }
        DependencyEntry removal = DependencyEntry.removal(input.text(), located.ref().span());
        if (removal == null) {
            return List.of();
        }
        return List.of(new Edits(input.context().encoding()).replace(input.file(), removal.span(), removal.text())
                .quickFix("Remove " + located.ref().target() + " from depends_on", input.diagnostic(), true));
    }
}
