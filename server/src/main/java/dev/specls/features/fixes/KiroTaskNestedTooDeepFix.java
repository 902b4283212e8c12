package dev.specls.features.fixes;

import dev.specls.syntax.spec.NoticeKind;
import dev.specls.syntax.spec.SpecItem;
import dev.specls.syntax.spec.SpecNotice;
import dev.specls.text.Span;
import dev.specls.workspace.spec.SpecFile;
import dev.specls.workspace.spec.SpecTree;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code kiro/task-nested-too-deep}: move the task, with everything indented below it, out to the level of
 * its parent's siblings, the second level Kiro reads. Each line loses the indentation that separates the
 * task's checkbox from its parent's.
 */
final class KiroTaskNestedTooDeepFix implements QuickFix {

    @Override
    public String code() {
        return "kiro/task-nested-too-deep";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        SpecTree tree = SpecFixes.tree(input);
        SpecFile file = tree == null ? null : tree.file(input.file().uri());
        SpecNotice notice = file == null ? null : SpecFixes.notice(file, NoticeKind.TASK_NESTED_TOO_DEEP, input.finding().span());
        if (notice == null) {
            return List.of();
        }
        String text = input.text();
        SpecItem task = null;
        SpecItem parent = null;
        for (SpecItem item : file.document().items()) {
            if (item.idSpan().equals(notice.span())) {
                task = item;
            } else if (task == null && item.span().contains(notice.span()) && (parent == null || parent.span().contains(item.span()))) {
                parent = item;
            }
        }
        if (task == null || parent == null) {
            return List.of();
        }
        int taskIndent = indentOf(text, task.span().start());
        int parentIndent = indentOf(text, parent.span().start());
        int shift = taskIndent - parentIndent;
        if (shift <= 0) {
            return List.of();
        }
        Edits edits = new Edits(input.context().encoding());
        int lineStart = lineStart(text, task.span().start());
        while (lineStart < task.span().end()) {
            int removable = 0;
            while (removable < shift && lineStart + removable < text.length() && text.charAt(lineStart + removable) == ' ') {
                removable++;
            }
            if (removable > 0) {
                edits.delete(input.file(), new Span(lineStart, lineStart + removable));
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        return List.of(edits.quickFix("Move task " + notice.detail() + " up one level", input.diagnostic(), true));
    }

    private static int lineStart(String text, int offset) {
        int at = offset;
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }

    /** The spaces before the list marker on the offset's line. */
    private static int indentOf(String text, int offset) {
        int at = lineStart(text, offset);
        int indent = 0;
        while (at + indent < text.length() && text.charAt(at + indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
