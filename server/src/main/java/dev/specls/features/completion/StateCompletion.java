package dev.specls.features.completion;

import static dev.specls.features.completion.CompletionRequest.sortKey;

import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.state.StateEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Task ids in STATE.md: after a task line's mark ({@code [✓] }, {@code [✗] }, {@code [⊘] }) and in the
 * {@code Current Task}, {@code Next Task} and {@code Last Completed} fields. At the end of a line the
 * item writes {@code 1.2: Create main}, as sago records it; before existing text, only the id.
 */
public final class StateCompletion {

    private static final Pattern TASK_LINE = Pattern.compile("^([ \\t]*(?:[-*+][ \\t]+)?\\[[✓✗⊘]\\][ \\t]+)([^\\s:]*)$");
    private static final Pattern TASK_FIELD = Pattern.compile(
            "^([ \\t]*(?:[-*+][ \\t]+)?\\*\\*(?:Current Task|Next Task|Last Completed):\\*\\*[ \\t]*)([^\\s:]*)$");

    private StateCompletion() {
    }

    public static void complete(CompletionRequest request) {
        if (request.specSet == null || request.specSet.planDocument() == null) {
            return;
        }
        String text = request.text;
        int offset = request.offset;
        int lineStart = request.lineStartOf(offset);
        int lineEnd = request.lineEndOf(offset);
        String before = text.substring(lineStart, offset);
        Matcher line = TASK_LINE.matcher(before);
        boolean taskLine = line.matches();
        if (!taskLine) {
            line = TASK_FIELD.matcher(before);
            if (!line.matches()) {
                return;
            }
        }
        int idStart = lineStart + line.group(1).length();
        int tokenEnd = offset;
        while (tokenEnd < lineEnd && !Character.isWhitespace(text.charAt(tokenEnd)) && text.charAt(tokenEnd) != ':') {
            tokenEnd++;
        }
        boolean wholeLine = text.substring(tokenEnd, lineEnd).isBlank();
        Set<String> recorded = new HashSet<>();
        if (taskLine) {
            for (StateEntry entry : request.specSet.state() == null ? List.<StateEntry>of() : request.specSet.state().state().entries()) {
                if (!entry.lineSpan().touches(offset)) {
                    recorded.add(entry.taskId());
                }
            }
        }
        PlanDocument plan = request.specSet.planDocument();
        Set<String> offered = new HashSet<>();
        int rank = 0;
        for (Task task : plan.tasks()) {
            request.checkCanceled();
            String id = task.id();
            // sago's state reader sees only N.M ids; a line for any other id is never read.
            if (TaskId.parse(id) == null || recorded.contains(id) || !offered.add(id)) {
                continue;
            }
            String name = task.nameText();
            String phase = task.phaseIndex() < plan.phases().size() ? plan.phases().get(task.phaseIndex()).name() : Phase.DEFAULT_NAME;
            String newText = wholeLine && !name.isEmpty() ? id + ": " + name : id;
            CompletionItem item = request.add(id, CompletionItemKind.Reference, idStart, wholeLine ? lineEnd : tokenEnd, newText, false);
            item.setFilterText(newText);
            item.setSortText(sortKey(0, rank++));
            item.setDetail(name.isEmpty() ? phase : name + " (" + phase + ")");
            if (!name.isEmpty()) {
                CompletionRequest.describe(item, name);
            }
            CompletionRequest.document(item, "**" + id + "** " + name + "\n\n" + phase + " · " + request.specSet.status(task));
        }
    }
}
