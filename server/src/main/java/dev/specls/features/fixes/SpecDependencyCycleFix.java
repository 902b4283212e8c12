package dev.specls.features.fixes;

import dev.specls.syntax.spec.SpecFormat;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecGraph.Edge;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code spec/dependency-cycle}: break the cycle at the written dependency the finding sits on, by taking
 * the id out of its list. The finding is on every written edge of the cycle, so each edge offers its own
 * removal; implicit edges (the tool's order) have no text to remove.
 */
final class SpecDependencyCycleFix implements QuickFix {

    @Override
    public String code() {
        return "spec/dependency-cycle";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        if (tree == null) {
            return List.of();
        }
        SpecGraph graph = tree.graph();
        for (SpecGraph.Cycle cycle : graph.cycles()) {
            for (Edge edge : cycle.edges()) {
                if (edge.ref() == null || !edge.ref().file().uri().equals(input.file().uri()) || !edge.ref().ref().span().equals(input.finding().span())) {
                    continue;
                }
                DependencyEntry removal = DependencyEntry.removal(input.text(), edge.ref().ref().span());
                if (removal == null) {
                    return List.of();
                }
                SpecFormat format = tree.format();
                String title = "Remove dependency " + graph.declared(edge.from()).item().label(format) + " → " + graph.declared(edge.to()).item().label(format);
                return List.of(new Edits(input.context().encoding()).replace(input.file(), removal.span(), removal.text())
                        .quickFix(title, input.diagnostic(), false));
            }
        }
        return List.of();
    }
}
