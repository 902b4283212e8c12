package dev.specls.check.plan;

import dev.specls.check.AbstractRule;
import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.List;

/**
 * Elements sago never reads: names it does not know where they stand, and second copies of a field
 * of which sago reads only the first. Only the levels sago reads are checked: the root, its
 * {@code <dependencies>}, each phase and each task.
 */
final class UnknownElement extends AbstractRule {

    UnknownElement() {
        super("plan/unknown-element", Severity.WARNING,
                "An element sago ignores: an unknown name, or a second copy of a field of which sago reads only the first.");
    }

    @Override
    public void check(SpecSet specSet, FindingSink sink) {
        PlanDocument plan = ReadablePlan.of(specSet);
        if (plan == null) {
            return;
        }
        SourceFile file = specSet.plan();
        XmlElement root = plan.xml().root();
        checkChildren(file, root, PlanGrammar.ROOT_CHILDREN, PlanGrammar.ROOT_SINGLE_CHILDREN, sink);
        for (XmlElement child : root.children()) {
            if (child.name().equals("dependencies")) {
                checkChildren(file, child, PlanGrammar.DEPENDENCIES_CHILDREN, List.of(), sink);
            }
        }
        for (Phase phase : plan.phases()) {
            checkChildren(file, phase.element(), PlanGrammar.PHASE_CHILDREN, PlanGrammar.PHASE_SINGLE_CHILDREN, sink);
        }
        for (Task task : plan.tasks()) {
            checkChildren(file, task.element(), PlanGrammar.TASK_CHILDREN, PlanGrammar.TASK_CHILDREN, sink);
        }
    }

    private static void checkChildren(SourceFile file, XmlElement parent, List<String> allowed, List<String> single, FindingSink sink) {
        XmlElement[] firstOfName = new XmlElement[single.size()];
        for (XmlElement child : parent.children()) {
            String name = child.name();
            if (!allowed.contains(name)) {
                String meant = PlanGrammar.closest(name, allowed);
                sink.report(file.uri(), child.nameSpan(), "sago ignores <" + name + "> inside <" + parent.name()
                        + ">, so nothing in it is read. " + (meant == null
                                ? "Elements read here: " + String.join(", ", allowed) + "."
                                : "Did you mean <" + meant + ">?"));
                continue;
            }
            int slot = single.indexOf(name);
            if (slot < 0) {
                continue;
            }
            XmlElement first = firstOfName[slot];
            if (first == null) {
                firstOfName[slot] = child;
            } else {
                sink.report(file.uri(), child.nameSpan(), "sago reads only the first <" + name + "> of a <" + parent.name() + "> (line "
                                + StructureSpans.lineNumber(file, first.span().start()) + ") and ignores this one. Merge the two, or delete this one.",
                        List.of(new Related(file.uri(), first.nameSpan(), "the <" + name + "> sago reads")));
            }
        }
    }
}
