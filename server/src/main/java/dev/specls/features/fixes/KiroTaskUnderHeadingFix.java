package dev.specls.features.fixes;

import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.Section;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.text.Span;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code kiro/task-under-heading}: remove the sub-headings above the task, so that it joins the one list
 * under the title that Kiro reads. Every sub-heading before the task goes, since Kiro stops reading the
 * list at the first one; the tasks and text below them stay as they are.
 */
final class KiroTaskUnderHeadingFix implements QuickFix {

    @Override
    public String code() {
        return "kiro/task-under-heading";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        SpecFile file = tree == null ? null : tree.file(input.file().uri());
        SpecNotice notice = file == null ? null : SpecFixes.notice(file, NoticeKind.TASK_UNDER_HEADING, input.finding().span());
        if (notice == null) {
            return List.of();
        }
        List<Section> above = new ArrayList<>();
        for (Section section : file.document().sections()) {
            if (section.level() >= 2 && section.heading().end() <= notice.span().start()) {
                above.add(section);
            }
        }
        if (above.isEmpty()) {
            return List.of();
        }
        String text = input.text();
        Edits edits = new Edits(input.context().encoding());
        for (Section section : above) {
            edits.delete(input.file(), SpecFixes.withBlankLineAfter(text, section.heading()));
        }
        String title = above.size() == 1 ? "Remove the heading \"" + above.get(0).title() + "\"" : "Remove the " + above.size() + " sub-headings above task " + notice.detail();
        return List.of(edits.quickFix(title, input.diagnostic(), true));
    }
}
