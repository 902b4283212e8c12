package dev.specls.features.fixes;

import dev.specls.syntax.FileLine;
import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlElement;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/files-comma-separated}: one path per line, as sago reads {@code <files>}, keeping the
 * line's indentation and dropping a leading {@code - } or {@code * } bullet.
 */
final class FilesCommaSeparatedFix implements QuickFix {

    @Override
    public String code() {
        return "plan/files-comma-separated";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        Task task = PlanText.taskAt(input.specSet().planDocument(), input.finding().span());
        if (task == null || task.filesField() == null) {
            return List.of();
        }
        Ref line = null;
        for (Ref candidate : task.files()) {
            if (candidate.span().equals(input.finding().span())) {
                line = candidate;
            }
        }
        String text = input.text();
        // Entities or CDATA make the raw line differ from the name sago reads: leave those to the author.
        if (line == null || !line.span().of(text).equals(line.value())) {
            return List.of();
        }
        List<String> paths = FileLine.of(line).intendedPaths();
        String newline = PlanText.newline(text);
        int start = line.span().start();
        String indent;
        String prefix = "";
        if (PlanText.startsLine(text, start)) {
            indent = PlanText.indentOf(text, start);
        } else {
            // Written on the <files> line itself: move the paths below it, one level deeper.
            XmlElement files = task.filesField().element();
            indent = PlanText.childIndent(text, files);
            prefix = newline + indent;
        }
        String suffix = "";
        if (!prefix.isEmpty() && PlanText.sameLine(text, line.span().end(), task.filesField().element().span().end())) {
            suffix = newline + PlanText.indentOf(text, task.filesField().element().span().start());
        }
        String replacement = prefix + String.join(newline + indent, paths) + suffix;
        String title = paths.size() > 1 ? "Put each path on its own line" : "Remove the bullet";
        return List.of(new Edits(input.context().encoding()).replace(input.file(), line.span(), replacement)
                .quickFix(title, input.diagnostic(), true));
    }

}
