package dev.specls.features.fixes;

import dev.specls.check.spec.GsdWaves;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code gsd/wave-mismatch}: write the wave the plan's {@code depends_on} gives. */
final class GsdWaveMismatchFix implements QuickFix {

    @Override
    public String code() {
        return "gsd/wave-mismatch";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        Declared plan = SpecFixes.itemAt(tree, input, input.finding().span());
        if (plan == null || plan.item().waveSpan() == null || !plan.item().waveSpan().equals(input.finding().span())) {
            return List.of();
        }
        int expected = new GsdWaves(tree).expected(plan);
        if (expected <= 0) {
            return List.of();
        }
        return List.of(new Edits(input.context().encoding()).replace(input.file(), plan.item().waveSpan(), String.valueOf(expected))
                .quickFix("Set wave: " + expected, input.diagnostic(), true));
    }
}
