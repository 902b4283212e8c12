package dev.specls.syntax.state;

import dev.specls.syntax.TaskStatus;
import dev.specls.text.Span;

/**
 * A task line such as {@code [✓] 1.1: Create config — notes}.
 *
 * @param mark           the status mark
 * @param taskId         the id as written
 * @param idSpan         the id
 * @param name           the task name after the colon, up to an em dash, trimmed ("" when none)
 * @param nameSpan       span of the name
 * @param notes          text after the em dash, trimmed ("" when none)
 * @param lineSpan       the whole line without its line break
 * @param readableBySago whether sago's regex {@code \[([✓✗⊘])\]\s+(\d+\.\d+):} reads the line
 */
public record StateEntry(TaskStatus mark, String taskId, Span idSpan, String name, Span nameSpan, String notes, Span lineSpan, boolean readableBySago) {
}
