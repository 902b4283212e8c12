package dev.specls.features.fixes;

import dev.specls.syntax.plan.DroppedElement;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.text.Span;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/dropped-task}, where one edit makes sago read the task: write {@code <Task>} as {@code <task>},
 * drop the prefix of {@code <x:task>}, remove the default {@code xmlns} that renames it, wrap a root
 * {@code <phase>} in {@code <phases>}. A task in the wrong place has to be moved by its author.
 */
final class DroppedTaskFix implements QuickFix {

    @Override
    public String code() {
        return "plan/dropped-task";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        if (plan == null) {
            return List.of();
        }
        Span at = input.finding().span();
        int before = plan.dropped().size();
        for (DroppedElement dropped : plan.dropped()) {
            XmlElement element = dropped.element();
            String name = element.name();
            String local = name.substring(name.indexOf(':') + 1);
            PlanRewrite rewrite = new PlanRewrite(input);
            String title;
            if (dropped.reason() == DroppedElement.Reason.DEFAULT_NAMESPACE && dropped.declaration() != null
                    && dropped.declaration().nameSpan().equals(at)) {
                XmlAttribute declaration = dropped.declaration();
                Span whole = PlanText.attributeWithLeadingSpace(input.text(), declaration);
                if (whole == null) {
                    return List.of();
                }
                rewrite.replace(whole, "");
                title = "Remove xmlns=\"" + declaration.value() + "\"";
            } else if (!element.nameSpan().equals(at)) {
                continue;
            } else if (dropped.reason() == DroppedElement.Reason.CASE) {
                rewrite.rename(element, local.toLowerCase(Locale.ROOT));
                title = "Write <" + local.toLowerCase(Locale.ROOT) + ">";
            } else if (dropped.reason() == DroppedElement.Reason.PREFIX) {
                rewrite.rename(element, local);
                title = "Drop the prefix " + name.substring(0, name.indexOf(':') + 1);
            } else if (dropped.reason() == DroppedElement.Reason.ROOT && !dropped.isTask() && element.closed()) {
                String newline = PlanText.newline(input.text());
                rewrite.replace(Span.at(element.span().start()), "<phases>" + newline).replace(Span.at(element.span().end()), newline + "</phases>");
                title = "Wrap the phase in <phases>";
            } else {
                return List.of();
            }
            return rewrite.offer(title, edited -> edited.readableBySago() && edited.dropped().size() < before);
        }
        return List.of();
    }
}
