package dev.specls.features.fixes;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;

/** {@code speckit/task-without-checkbox}: give the line its {@code - [ ]}, which makes it a task of its own. */
final class SpecKitTaskWithoutCheckboxFix implements QuickFix {

    @Override
    public String code() {
        return "speckit/task-without-checkbox";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        String text = input.text();
        int id = input.finding().span().start();
        int lineStart = id;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String before = text.substring(lineStart, id);
        String marker = before.strip();
        Edits edits = new Edits(input.context().encoding());
        if (marker.isEmpty()) {
            edits.insert(input.file(), id, "- [ ] ");
        } else if (marker.equals("-") || marker.equals("*") || marker.equals("+")) {
            edits.insert(input.file(), id, "[ ] ");
        } else {
            return List.of();
        }
        return List.of(edits.quickFix("Make " + input.finding().span().of(text) + " a task: add \"- [ ]\"", input.diagnostic(), true));
    }
}
