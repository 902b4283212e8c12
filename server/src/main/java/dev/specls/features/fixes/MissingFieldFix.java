package dev.specls.features.fixes;

import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/missing-verify} and {@code plan/missing-done}: fill the empty element, or add it where the
 * canonical order puts it (name, files, action, verify, done), indented like its siblings.
 *
 * <p>The placeholders must not trade this warning for another, and must not let sago mark the task
 * done: the verify placeholder starts with the word {@code TODO:}, which no shell finds, so the
 * command fails until someone writes a real one; {@code plan/verify-cannot-fail} and
 * {@code plan/dangerous-verify} accept it.
 */
final class MissingFieldFix implements QuickFix {

    static final String VERIFY_PLACEHOLDER = "TODO: a command that exits 0 only once the task works";
    static final String DONE_PLACEHOLDER = "TODO: what is true once the task is done";

    private final String code;
    private final String element;
    private final String placeholder;
    private final Function<Task, Field> field;
    /** The siblings after which the element goes, nearest first. */
    private final List<Function<Task, Field>> after;
    /** The siblings before which it goes when none of {@code after} exists. */
    private final List<Function<Task, Field>> before;

    private MissingFieldFix(String code, String element, String placeholder, Function<Task, Field> field,
            List<Function<Task, Field>> after, List<Function<Task, Field>> before) {
        this.code = code;
        this.element = element;
        this.placeholder = placeholder;
        this.field = field;
        this.after = after;
        this.before = before;
    }

    static MissingFieldFix verify() {
        return new MissingFieldFix("plan/missing-verify", "verify", VERIFY_PLACEHOLDER, Task::verify,
                List.of(Task::action, Task::filesField, Task::name), List.of(Task::done));
    }

    static MissingFieldFix done() {
        return new MissingFieldFix("plan/missing-done", "done", DONE_PLACEHOLDER, Task::done,
                List.of(Task::verify, Task::action, Task::filesField, Task::name), List.of());
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<CodeAction> actions(Input input) {
        Task task = PlanText.taskAt(input.specSet().planDocument(), input.finding().span());
        if (task == null) {
            return List.of();
        }
        Field existing = field.apply(task);
        String text = input.text();
        String full = "<" + element + ">" + placeholder + "</" + element + ">";
        Edits edits = new Edits(input.context().encoding());
        String title;
        if (existing != null) {
            if (!existing.isBlank()) {
                return List.of();
            }
            edits.replace(input.file(), existing.element().span(), full);
            title = "Fill in <" + element + "> with a placeholder";
        } else if (!insert(input, task, full, edits)) {
            return List.of();
        } else {
            title = "Add <" + element + "> with a placeholder";
        }
        return List.of(edits.quickFix(title, input.diagnostic(), true));
    }

    private boolean insert(Input input, Task task, String full, Edits edits) {
        String text = input.text();
        String newline = PlanText.newline(text);
        for (Function<Task, Field> sibling : after) {
            XmlElement anchor = PlanText.element(sibling.apply(task));
            if (anchor != null) {
                int start = anchor.span().start();
                String separator = PlanText.startsLine(text, start) ? newline + PlanText.indentOf(text, start) : "";
                edits.insert(input.file(), anchor.span().end(), separator + full);
                return true;
            }
        }
        for (Function<Task, Field> sibling : before) {
            XmlElement anchor = PlanText.element(sibling.apply(task));
            if (anchor != null) {
                int start = anchor.span().start();
                String separator = PlanText.startsLine(text, start) ? newline + PlanText.indentOf(text, start) : "";
                edits.insert(input.file(), start, full + separator);
                return true;
            }
        }
        XmlElement taskElement = task.element();
        if (!taskElement.closed()) {
            return false;
        }
        Span startTag = taskElement.startTagSpan();
        if (!taskElement.children().isEmpty()) {
            XmlElement first = taskElement.children().get(0);
            int start = first.span().start();
            String separator = PlanText.startsLine(text, start) ? newline + PlanText.indentOf(text, start) : "";
            edits.insert(input.file(), start, full + separator);
            return true;
        }
        if (startTag.equals(taskElement.span())) {
            return false;
        }
        String taskIndent = PlanText.indentOf(text, taskElement.span().start());
        String closing = PlanText.sameLine(text, startTag.end(), taskElement.span().end()) ? newline + taskIndent : "";
        int end = startTag.end();
        // Drop blank content between the tags, so the element lands on its own, well-indented line.
        Span content = taskElement.contentSpan();
        boolean blank = content.of(text).isBlank();
        edits.replace(input.file(), blank ? content : Span.at(end),
                newline + PlanText.childIndent(text, taskElement) + full + (blank ? newline + taskIndent : closing));
        return true;
    }
}
