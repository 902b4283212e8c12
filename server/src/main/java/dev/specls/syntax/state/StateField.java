package dev.specls.syntax.state;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;

/**
 * A {@code * **Key:** value} line, such as {@code * **Next Task:** 1.2: Create main}.
 *
 * @param taskRef the task id the value starts with ({@code 1.2}), or {@code null} when it names none
 */
public record StateField(String key, Span keySpan, String value, Span valueSpan, Ref taskRef) {
}
