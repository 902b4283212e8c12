package dev.specls.features.fixes;

import dev.specls.syntax.spec.SpecItem;
import dev.specls.text.Span;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;

/** What the quick fixes of the spec formats share: the tree of the finding's spec set and the item a finding sits on. */
final class SpecFixes {

    private SpecFixes() {
    }

    static SpecTree tree(QuickFix.Input input) {
        return SpecTrees.of(input.specSet());
    }

    /** The item of the finding's file whose declaration holds the finding, the innermost one; {@code null} when none does. */
    static Declared itemAt(SpecTree tree, QuickFix.Input input, Span span) {
        SpecFile file = tree == null ? null : tree.file(input.file().uri());
        if (file == null) {
            return null;
        }
        SpecItem found = null;
        for (SpecItem item : file.document().items()) {
            if (item.span().contains(span) && (found == null || found.span().contains(item.span()))) {
                found = item;
            }
        }
        return found == null ? null : tree.declarationOf(found);
    }
}
