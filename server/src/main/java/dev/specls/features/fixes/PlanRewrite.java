package dev.specls.features.fixes;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.PlanParser;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CodeAction;

/**
 * Replacements in the plan file that a fix proves before it offers them: the edited text is read again as
 * sago reads it, and the fix is offered only when the reading is what the fix promises.
 */
final class PlanRewrite {

    private record Replacement(Span span, String text) {
    }

    private final QuickFix.Input input;
    private final List<Replacement> replacements = new ArrayList<>();

    PlanRewrite(QuickFix.Input input) {
        this.input = input;
    }

    PlanRewrite replace(Span span, String text) {
        replacements.add(new Replacement(span, text));
        return this;
    }

    /** Renames an element in its start tag and, when it has one, its end tag. */
    PlanRewrite rename(XmlElement element, String name) {
        replace(element.nameSpan(), name);
        Span endTagName = endTagName(input.text(), element);
        if (endTagName != null) {
            replace(endTagName, name);
        }
        return this;
    }

    boolean isEmpty() {
        return replacements.isEmpty();
    }

    /** The plan's text once the replacements are made. */
    String apply() {
        String text = input.text();
        List<Replacement> ordered = new ArrayList<>(replacements);
        ordered.sort(Comparator.comparing(Replacement::span));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Replacement replacement : ordered) {
            if (replacement.span().start() < at) {
                throw new IllegalStateException("overlapping replacements at " + replacement.span());
            }
            out.append(text, at, replacement.span().start()).append(replacement.text());
            at = replacement.span().end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The preferred quick fix, or none when the edited plan does not read as {@code promise} says. */
    List<CodeAction> offer(String title, Predicate<PlanDocument> promise) {
        return offer(title, true, promise);
    }

    /** The quick fix, or none when the edited plan does not read as {@code promise} says. */
    List<CodeAction> offer(String title, boolean preferred, Predicate<PlanDocument> promise) {
        if (replacements.isEmpty() || !promise.test(PlanParser.parse(apply()))) {
            return List.of();
        }
        Edits edits = new Edits(input.context().encoding());
        for (Replacement replacement : replacements) {
            edits.replace(input.file(), replacement.span(), replacement.text());
        }
        return List.of(edits.quickFix(title, input.diagnostic(), preferred));
    }

    /** The name in {@code </name>} closing the element, or {@code null} when it has no end tag. */
    static Span endTagName(String text, XmlElement element) {
        if (!element.closed() || element.startTagSpan().equals(element.span())) {
            return null;
        }
        int endTag = text.lastIndexOf("</" + element.name(), element.span().end());
        if (endTag < element.contentSpan().end()) {
            return null;
        }
        return new Span(endTag + 2, endTag + 2 + element.name().length());
    }
}
