package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;
import java.util.Set;

/** Attributes of phases and tasks that sago ignores, most often a misspelt {@code depends_on}. */
final class UnknownAttribute extends ReadablePlanRule {

    UnknownAttribute() {
        super("plan/unknown-attribute", Severity.WARNING,
                "An attribute sago ignores: a phase reads only name, a task only id and depends_on.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ELEMENTS);
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        SourceFile file = specSet.plan();
        for (Phase phase : plan.phases()) {
            checkAttributes(file, plan.names(), phase.element(), PlanGrammar.PHASE_ATTRIBUTES, PlanGrammar.PHASE_SINGLE_CHILDREN, sink);
        }
        for (Task task : plan.tasks()) {
            checkAttributes(file, plan.names(), task.element(), PlanGrammar.TASK_ATTRIBUTES, PlanGrammar.TASK_CHILDREN, sink);
        }
    }

    /** The attributes ElementTree lists (namespace declarations are not among them), those written in the start tag only. */
    private static void checkAttributes(SourceFile file, XmlNames names, XmlElement element, List<String> allowed, List<String> fieldElements,
                                        FindingSink sink) {
        for (XmlAttribute attribute : names.attributes(element)) {
            String name = attribute.name();
            if (allowed.contains(name) || names.isDefaulted(element, attribute)) {
                continue;
            }
            String ignored = "sago ignores the attribute " + name + " of <" + element.name() + ">, so its value has no effect. ";
            String meant = PlanGrammar.closest(name, allowed);
            String fix;
            if (meant != null) {
                fix = "Did you mean " + meant + "?";
            } else if (fieldElements.contains(name)) {
                fix = "Write it as a child element: <" + name + ">" + attribute.value() + "</" + name + ">.";
            } else {
                fix = "Attributes read here: " + String.join(", ", allowed) + ".";
            }
            sink.report(file.uri(), attribute.nameSpan(), ignored + fix);
        }
    }
}
