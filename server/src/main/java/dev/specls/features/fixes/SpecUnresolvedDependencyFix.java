package dev.specls.features.fixes;

import dev.specls.check.Suggestions;
import dev.specls.syntax.spec.SpecRef;
import dev.specls.syntax.spec.Strength;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.Located;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code spec/unresolved-dependency}: point the dependency at the id it probably meant, when that is
 * clean: not the item itself, not one that waits for it (that would close a cycle), and not unfinished
 * while the item is marked done.
 */
final class SpecUnresolvedDependencyFix implements QuickFix {

    @Override
    public String code() {
        return "spec/unresolved-dependency";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        if (tree == null) {
            return List.of();
        }
        Located located = SpecFixes.dependencyAt(tree, input);
        if (located == null || located.ref().strength() != Strength.EXPLICIT || tree.target(located.ref()) != null) {
            return List.of();
        }
        SpecRef ref = located.ref();
        Declared source = tree.source(located);
        String suggestion = source == null ? null : suggestion(tree, source, ref);
        if (suggestion == null) {
            return List.of();
        }
        return List.of(new Edits(input.context().encoding()).replace(input.file(), ref.span(), suggestion)
                .quickFix("Change dependency \"" + ref.target() + "\" to \"" + suggestion + "\"", input.diagnostic(), true));
    }

    private static String suggestion(SpecTree tree, Declared source, SpecRef ref) {
        Map<String, Declared> candidates = new LinkedHashMap<>();
        for (Declared declared : tree.declared()) {
            if (ref.targetKinds().contains(declared.item().kind()) && declared != source && !tree.graph().waitsFor(declared, source)
                    && (!tree.status(source).finished() || tree.status(declared).finished())) {
                candidates.putIfAbsent(declared.item().id(), declared);
            }
        }
        return Suggestions.closest(ref.target(), new ArrayList<>(candidates.keySet()));
    }
}
