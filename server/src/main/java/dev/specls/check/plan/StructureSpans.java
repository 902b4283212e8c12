package dev.specls.check.plan;

import dev.specls.syntax.TaskId;
import dev.specls.syntax.plan.Field;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;

/** Where the structure rules point: always the narrowest non-empty place the user has to change. */
final class StructureSpans {

    private StructureSpans() {
    }

    /** The task's id value, or the {@code task} name of its start tag when the id is missing or blank. */
    static Span task(Task task) {
        return valueOr(task.idAttribute(), TaskId.strip(task.id()).isEmpty(), task.element().nameSpan());
    }

    /** The phase's name value, or the {@code phase} name of its start tag when the name is missing or empty. */
    static Span phase(Phase phase) {
        XmlAttribute name = phase.nameAttribute();
        return valueOr(name, name == null || name.value().isBlank(), phase.element().nameSpan());
    }

    /** The element name of a field that exists but is empty, else the task itself. */
    static Span field(Field field, Task task) {
        return field == null ? task(task) : field.element().nameSpan();
    }

    /**
     * From {@code span}'s start to the end of that line (a fence opener, a start tag line), never past the span.
     * The line's end is searched from the start rather than looked up in the file's line index, which a check
     * with no finding to place need never build.
     */
    static Span openingLine(SourceFile file, Span span) {
        String text = file.text();
        int limit = Math.min(span.end(), text.length());
        int end = span.start();
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return nonEmpty(text, new Span(span.start(), Math.max(span.start(), end)));
    }

    /**
     * The span itself, or one character next to an empty span, so that editors show a squiggle; an
     * empty span stays empty only in an empty file.
     */
    static Span nonEmpty(String text, Span span) {
        if (!span.isEmpty()) {
            return span;
        }
        int at = Math.min(span.start(), text.length());
        if (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            return new Span(at, at + 1);
        }
        return at > 0 ? new Span(at - 1, at) : span;
    }

    /** 1-based line number of an offset, for messages. */
    static int lineNumber(SourceFile file, int offset) {
        return file.lineIndex().lineOf(offset) + 1;
    }

    private static Span valueOr(XmlAttribute attribute, boolean blank, Span fallback) {
        return attribute == null || blank || attribute.valueSpan().isEmpty() ? fallback : attribute.valueSpan();
    }
}
