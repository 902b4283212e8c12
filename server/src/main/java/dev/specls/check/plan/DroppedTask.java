package dev.specls.check.plan;

import dev.specls.check.FindingSink;
import dev.specls.check.Severity;
import dev.specls.syntax.plan.DroppedElement;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.xml.XmlAttribute;
import dev.specls.syntax.xml.XmlElement;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A {@code <task>} or {@code <phase>} that sago silently drops: it reads only the root's direct
 * {@code <phase>} children and their direct {@code <task>} children, by exact name and without a namespace.
 * A task under the root, in a wrapper, inside another task, a {@code <Task>}, an {@code <x:phase>}, or
 * everything under a default {@code xmlns="…"}: sago never runs it.
 */
final class DroppedTask extends ReadablePlanRule {

    DroppedTask() {
        super("plan/dropped-task", Severity.ERROR,
                "A <task> or <phase> that sago drops: it reads only <phase> directly in the root and <task> directly in such a phase, by exact name.");
    }

    @Override
    void check(SpecSet specSet, PlanDocument plan, FindingSink sink) {
        SourceFile file = specSet.plan();
        Map<XmlAttribute, int[]> byDeclaration = new IdentityHashMap<>();
        for (DroppedElement dropped : plan.dropped()) {
            if (dropped.reason() == DroppedElement.Reason.DEFAULT_NAMESPACE && dropped.declaration() != null) {
                int[] counts = byDeclaration.computeIfAbsent(dropped.declaration(), ignored -> new int[2]);
                counts[dropped.isTask() ? 1 : 0]++;
                counts[1] += dropped.isTask() ? 0 : dropped.taskCount();
                continue;
            }
            sink.report(file.uri(), dropped.element().nameSpan(), message(dropped, plan));
        }
        byDeclaration.forEach((declaration, counts) -> sink.report(file.uri(), declaration.nameSpan(),
                "This default namespace renames the element it stands on, and every element under it, to {" + declaration.value() + "}…, so sago finds no <phase> or <task> there: "
                        + "it drops " + (counts[0] > 0 ? SagoReading.count(counts[0], "phase") + " and " : "") + SagoReading.count(counts[1], "task")
                        + ". Remove " + declaration.name() + "=\"" + declaration.value() + "\"."));
    }

    private static String message(DroppedElement dropped, PlanDocument plan) {
        XmlElement element = dropped.element();
        String tag = "<" + element.name() + ">";
        String kind = dropped.isTask() ? "task" : "phase";
        String lost = dropped.isTask() ? "sago drops this task" : "sago drops this phase and its " + SagoReading.count(dropped.taskCount(), "task");
        return switch (dropped.reason()) {
            case ROOT -> "This " + tag + " is the root element, and sago reads only the <phase> elements inside the root: " + lost + ". "
                    + (dropped.isTask() ? "Put it in a <phase> inside <phases>…</phases>." : "Wrap it in <phases>…</phases>.");
            case CASE -> "sago matches element names exactly, so " + tag + " is not a " + kind + " for it: " + lost + ". Write <" + kind + ">.";
            case PREFIX -> "The prefix " + element.name().substring(0, element.name().indexOf(':') + 1) + " puts " + tag + " in the namespace "
                    + plan.names().namespace(element) + ", and sago reads only <" + kind + "> without a namespace: " + lost + ". Drop the prefix.";
            case DEFAULT_NAMESPACE -> "A default namespace renames " + tag + " to " + plan.names().tag(element) + ": " + lost + ". Remove the xmlns attribute.";
            case MISPLACED -> misplaced(dropped, plan, tag, lost);
        };
    }

    private static String misplaced(DroppedElement dropped, PlanDocument plan, String tag, String lost) {
        XmlElement parent = dropped.parent();
        String parentTag = "<" + parent.name() + ">";
        if (!dropped.isTask()) {
            return "sago reads phases only directly inside the root element, and this " + tag + " is inside " + parentTag + ": " + lost
                    + ". Move it to the top level of the root.";
        }
        if (parent == plan.xml().root()) {
            return "sago reads tasks only directly inside a <phase>, and this task stands directly in the root " + parentTag + ": " + lost
                    + ". Move it into a <phase>.";
        }
        String parentName = parent.name().substring(parent.name().indexOf(':') + 1);
        if (parentName.equalsIgnoreCase("task")) {
            return "This task is inside another " + parentTag + ", and sago reads only the tasks directly inside a <phase>: " + lost
                    + ". Close the outer task before it.";
        }
        return "sago reads tasks only directly inside a <phase>, and this task is inside " + parentTag + ": " + lost + ". Move it out of "
                + parentTag + ".";
    }
}
