package dev.specls.features.fixes;

import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code saga/missing-depends-on}: write {@code - Depends on: none} below the task's heading, which is
 * what the task already meant: without the line it waits for no task.
 */
final class SagaMissingDependsOnFix implements QuickFix {

    @Override
    public String code() {
        return "saga/missing-depends-on";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        Declared task = SpecFixes.itemAt(tree, input, input.finding().span());
        if (task == null) {
            return List.of();
        }
        String text = input.text();
        Edits edits = new Edits(input.context().encoding());
        if (task.item().idSpan().isEmpty()) {
            edits.insert(input.file(), 0, "- Depends on: none\n\n");
        } else {
            int lineEnd = task.item().idSpan().end();
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            edits.insert(input.file(), lineEnd, "\n\n- Depends on: none");
        }
        return List.of(edits.quickFix("Add \"- Depends on: none\"", input.diagnostic(), true));
    }
}
