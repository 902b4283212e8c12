package dev.specls.check.state;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.TaskId;
import dev.specls.syntax.state.StateEntry;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.Set;

/**
 * {@code state/unreadable-line}: a task line specls reads but sago's {@code ^\[([✓✗⊘])\]\s+(\d+\.\d+):}
 * does not, because of a bullet or indentation in front, no space after the mark, or an id that is
 * not {@code N.M}. sago then treats the task as pending and runs it again.
 */
final class UnreadableStateLine extends AbstractRule {

    UnreadableStateLine() {
        super("state/unreadable-line", Severity.WARNING,
                "sago's state reader skips this task line: it needs \"[✓] N.M: name\" at the very start of the line.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of();
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        SourceFile file = specSet.state();
        if (file == null || file.state() == null) {
            return;
        }
        String text = file.text();
        for (StateEntry entry : file.state().entries()) {
            if (entry.readableBySago()) {
                continue;
            }
            Span line = withoutIndentation(text, entry.lineSpan());
            if (line.isEmpty()) {
                continue;
            }
            String skipped = "sago's state reader skips this line, so it never sees task " + entry.taskId() + " as "
                    + entry.mark().word() + " and will run it again. ";
            if (!TaskId.isSagoForm(entry.taskId())) {
                sink.report(file.uri(), line, skipped + "sago reads only ids like 1.2, so a task with the id \"" + entry.taskId()
                        + "\" can never be recorded: give the task an N.M id in PLAN.md and here.");
                continue;
            }
            sink.report(file.uri(), line, skipped + "It reads a task line only when the line starts with the mark, "
                    + "followed by a space: write it as " + sagoLine(text, entry, line));
        }
    }

    private static Span withoutIndentation(String text, Span line) {
        int start = line.start();
        while (start < line.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(start, line.end());
    }

    /** The line from its mark on, with one space after the mark: no bullet or indentation in front. */
    private static String sagoLine(String text, StateEntry entry, Span line) {
        int mark = text.lastIndexOf('[', entry.idSpan().start());
        if (mark < line.start()) {
            mark = line.start();
        }
        String markText = text.substring(mark, Math.min(mark + 3, entry.idSpan().start()));
        return markText + " " + text.substring(entry.idSpan().start(), line.end());
    }
}
