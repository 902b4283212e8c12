package dev.specls.features.fixes;

import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code speckit/task-without-story}: add the label of the story whose phase holds the task, after the id and any {@code [P]}. */
final class SpecKitTaskWithoutStoryFix implements QuickFix {

    @Override
    public String code() {
        return "speckit/task-without-story";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        SpecFile file = tree == null ? null : tree.file(input.file().uri());
        if (file == null) {
            return List.of();
        }
        for (SpecNotice notice : file.document().notices()) {
            if (notice.kind() == NoticeKind.TASK_WITHOUT_STORY && notice.span().equals(input.finding().span())) {
                String text = input.text();
                int at = notice.span().end();
                if (text.startsWith(" [P]", at)) {
                    at += " [P]".length();
                }
                return List.of(new Edits(input.context().encoding()).insert(input.file(), at, " [" + notice.detail() + "]")
                        .quickFix("Label " + notice.span().of(text) + " [" + notice.detail() + "]", input.diagnostic(), true));
            }
        }
        return List.of();
    }
}
