package dev.specls.features.fixes;

import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code plan/xml-namespace}: for an undeclared prefix, drop it (then sago reads the element by its plain
 * name), or, for the prefixes whose namespace everyone means the same by, declare it on the root; for a
 * declaration expat rejects, or an attribute that repeats another, remove the attribute.
 */
final class XmlNamespaceFix implements QuickFix {

    /** Prefixes with one namespace in practice; any other prefix's namespace is the author's to choose. */
    private static final Map<String, String> WELL_KNOWN = Map.of(
            "xsi", "http://www.w3.org/2001/XMLSchema-instance",
            "xs", "http://www.w3.org/2001/XMLSchema",
            "xsd", "http://www.w3.org/2001/XMLSchema",
            "xlink", "http://www.w3.org/1999/xlink",
            "xhtml", "http://www.w3.org/1999/xhtml");

    @Override
    public String code() {
        return "plan/xml-namespace";
    }

    @Override
    public List<CodeAction> actions(Input input) {
        PlanDocument plan = input.specSet().planDocument();
        XmlNames.Problem problem = plan == null || plan.block() == null ? null : problemAt(plan, input.finding().span());
        if (problem == null) {
            return List.of();
        }
        int before = plan.names().problems().size();
        List<CodeAction> actions = new ArrayList<>();
        if (problem.kind() == XmlNames.ProblemKind.UNBOUND_PREFIX) {
            // Declaring keeps what the author wrote, so it is preferred where the namespace is known.
            String uri = WELL_KNOWN.get(problem.prefix());
            XmlElement root = plan.xml().root();
            if (uri != null && root != null) {
                actions.addAll(new PlanRewrite(input).replace(Span.at(root.nameSpan().end()), " xmlns:" + problem.prefix() + "=\"" + uri + "\"")
                        .offer("Declare xmlns:" + problem.prefix() + "=\"" + uri + "\" on <" + root.name() + ">",
                                edited -> edited.names().problems().size() < before));
            }
            actions.addAll(dropPrefix(input, problem).offer("Drop the prefix " + problem.prefix() + ":", actions.isEmpty(),
                    edited -> edited.names().problems().size() < before));
            return actions;
        }
        XmlAttribute attribute = problem.attribute();
        Span whole = attribute == null ? null : PlanText.attributeWithLeadingSpace(input.text(), attribute);
        if (whole == null) {
            return List.of();
        }
        return new PlanRewrite(input).replace(whole, "").offer("Remove " + attribute.name() + "=\"" + attribute.value() + "\"",
                edited -> edited.names().problems().size() < before);
    }

    private static XmlNames.Problem problemAt(PlanDocument plan, Span span) {
        for (XmlNames.Problem problem : plan.names().problems()) {
            if (problem.span().contains(span) || span.contains(problem.span())) {
                return problem;
            }
        }
        return null;
    }

    private static PlanRewrite dropPrefix(Input input, XmlNames.Problem problem) {
        PlanRewrite rewrite = new PlanRewrite(input);
        if (problem.attribute() != null) {
            Span name = problem.attribute().nameSpan();
            return rewrite.replace(new Span(name.start(), name.start() + problem.prefix().length() + 1), "");
        }
        XmlElement element = problem.element();
        return rewrite.rename(element, element.name().substring(problem.prefix().length() + 1));
    }
}
