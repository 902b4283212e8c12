package dev.specls.features.fixes;

import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecFileKind;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code saga/id-mismatch}: write the milestone the file's folder gives into its heading. */
final class SagaIdMismatchFix implements QuickFix {

    @Override
    public String code() {
        return "saga/id-mismatch";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        Declared item = SpecFixes.itemAt(tree, input, input.finding().span());
        if (item == null || !item.item().idSpan().equals(input.finding().span())) {
            return List.of();
        }
        String byPlace = SpecFileKind.idByFolder(item.file().document().role(), item.file().uri(), item.item().id());
        if (byPlace == null) {
            return List.of();
        }
        return List.of(new Edits(input.context().encoding()).replace(input.file(), item.item().idSpan(), byPlace)
                .quickFix("Write " + byPlace + " in the heading", input.diagnostic(), true));
    }
}
