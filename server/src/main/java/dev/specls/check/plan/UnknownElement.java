package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.PlanAspect;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.DroppedElement;
import dev.specls.syntax.plan.Phase;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.plan.Task;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.syntax.xml.XmlNames;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elements sago never reads: names it does not know where they stand, and second copies of a field
 * of which sago reads only the first. Only the levels sago reads are checked: the root, its
 * {@code <dependencies>}, each phase and each task. Phases and tasks sago drops are
 * {@code plan/dropped-task}'s; names are compared as ElementTree reports them, namespace included.
 */
final class UnknownElement extends ReadablePlanRule {

    UnknownElement() {
        super("plan/unknown-element", Severity.WARNING,
                "An element sago ignores: an unknown name, or a second copy of a field of which sago reads only the first.");
    }

    @Override
    public Set<PlanAspect> readsOfEachTask() {
        return Set.of(PlanAspect.ELEMENTS);
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        Checked checked = new Checked(specSet.plan(), plan.names(), dropped(plan), sink);
        XmlElement root = plan.xml().root();
        checked.children(root, PlanGrammar.ROOT_CHILDREN, PlanGrammar.ROOT_SINGLE_CHILDREN);
        for (XmlElement child : root.children()) {
            if (plan.names().is(child, "dependencies")) {
                checked.children(child, PlanGrammar.DEPENDENCIES_CHILDREN, List.of());
            }
        }
        for (Phase phase : plan.phases()) {
            checked.children(phase.element(), PlanGrammar.PHASE_CHILDREN, PlanGrammar.PHASE_SINGLE_CHILDREN);
        }
        for (Task task : plan.tasks()) {
            checked.children(task.element(), PlanGrammar.TASK_CHILDREN, PlanGrammar.TASK_CHILDREN);
        }
    }

    private static Set<XmlElement> dropped(PlanDocument plan) {
        Set<XmlElement> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DroppedElement element : plan.dropped()) {
            dropped.add(element.element());
        }
        return dropped;
    }

    private record Checked(SourceFile file, XmlNames names, Set<XmlElement> dropped, FindingSink sink) {

        void children(XmlElement parent, List<String> allowed, List<String> single) {
            checkChildren(file, names, dropped, parent, allowed, single, sink);
        }
    }

    private static void checkChildren(SourceFile file, XmlNames names, Set<XmlElement> dropped, XmlElement parent, List<String> allowed,
                                      List<String> single, FindingSink sink) {
        XmlElement[] firstOfName = null;
        for (XmlElement child : parent.children()) {
            if (dropped.contains(child)) {
                continue;
            }
            String name = names.tag(child);
            // One hashed lookup per child instead of scanning both lists: this runs for every element a plan has.
            Integer slot = SLOTS.get(allowed).get(name);
            if (slot == null && names.namespace(child) != null && child.name().indexOf(':') < 0 && SLOTS.get(allowed).containsKey(child.name())) {
                XmlAttribute declaration = names.defaultNamespaceDeclaration(child);
                sink.report(file.uri(), child.nameSpan(), "sago ignores this <" + child.name() + ">: the default namespace "
                        + (declaration == null ? "" : "xmlns=\"" + declaration.value() + "\" (line " + StructureSpans.lineNumber(file, declaration.nameSpan().start()) + ") ")
                        + "renames it " + name + ", and sago reads only <" + child.name() + "> without a namespace. Remove the xmlns attribute.");
                continue;
            }
            if (slot == null) {
                String meant = PlanGrammar.closest(child.name(), allowed);
                sink.report(file.uri(), child.nameSpan(), "sago ignores <" + child.name() + "> inside <" + parent.name()
                        + ">, so nothing in it is read. " + (meant == null
                                ? "Elements read here: " + String.join(", ", allowed) + "."
                                : "Did you mean <" + meant + ">?"));
                continue;
            }
            int singleSlot = single == allowed ? slot : single.indexOf(name);
            if (singleSlot < 0) {
                continue;
            }
            if (firstOfName == null) {
                firstOfName = new XmlElement[single.size()];
            }
            XmlElement first = firstOfName[singleSlot];
            if (first == null) {
                firstOfName[singleSlot] = child;
            } else {
                sink.report(file.uri(), child.nameSpan(), "sago reads only the first <" + name + "> of a <" + parent.name() + "> (line "
                                + StructureSpans.lineNumber(file, first.span().start()) + ") and ignores this one. Merge the two, or delete this one.",
                        List.of(new Related(file.uri(), first.nameSpan(), "the <" + name + "> sago reads")));
            }
        }
    }

    /** For each list of allowed names, each name's index in it. */
    private static final Map<List<String>, Map<String, Integer>> SLOTS = new IdentityHashMap<>();

    static {
        for (List<String> allowed : List.of(PlanGrammar.ROOT_CHILDREN, PlanGrammar.DEPENDENCIES_CHILDREN, PlanGrammar.PHASE_CHILDREN,
                PlanGrammar.TASK_CHILDREN)) {
            Map<String, Integer> slots = new HashMap<>();
            for (int i = 0; i < allowed.size(); i++) {
                slots.put(allowed.get(i), i);
            }
            SLOTS.put(allowed, slots);
        }
    }
}
