package dev.specls.check.spec;

import dev.specls.check.FindingSink;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.syntax.spec.Strength;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecGraph.Edge;
import dev.specls.workspace.spec.SpecTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Items that wait for each other in a circle, through written dependencies and through the tool's own
 * defaults (phases in order, a Kiro list read from the top, a milestone's dependencies): none can start.
 */
final class DependencyCycle extends SpecRule {

    private static final int SHOWN_ITEMS = 10;

    DependencyCycle() {
        super("spec/dependency-cycle", Severity.ERROR,
                "Tasks or milestones wait for each other in a circle, explicitly or through the tool's implicit order, so none of them can start.",
                EVERY_FORMAT);
    }

    @Override
    public void check(SpecTree tree, FindingSink sink) {
        SpecGraph graph = tree.graph();
        for (SpecGraph.Cycle cycle : graph.cycles()) {
            String description = describe(graph, cycle);
            List<Related> related = new ArrayList<>();
            for (Declared member : cycle.path()) {
                related.add(new Related(member.file().uri(), member.item().idSpan(), Wording.label(member) + " is on the cycle"));
            }
            List<Related> shared = List.copyOf(related);
            boolean reported = false;
            for (Edge edge : cycle.edges()) {
                if (edge.strength() == Strength.IMPLICIT || edge.ref() == null) {
                    continue;
                }
                Declared from = graph.declared(edge.from());
                sink.report(edge.ref().file().uri(), edge.ref().ref().span(), Wording.capitalized(Wording.label(from)) + " waits for "
                        + Wording.label(graph.declared(edge.to())) + ", an edge of the cycle " + description, shared);
                reported = true;
            }
            if (!reported) {
                Declared first = cycle.path().get(0);
                sink.report(first.file().uri(), first.item().idSpan(), Wording.capitalized(Wording.label(first)) + " is on the cycle " + description, shared);
            }
        }
    }

    private static String describe(SpecGraph graph, SpecGraph.Cycle cycle) {
        StringBuilder text = new StringBuilder();
        Set<String> defaults = new LinkedHashSet<>();
        int shown = 0;
        for (Edge edge : cycle.edges()) {
            if (graph.isStart(edge.from())) {
                if (edge.source() != null && edge.strength() == Strength.IMPLICIT) {
                    defaults.add(edge.source());
                }
                continue;
            }
            if (shown++ == SHOWN_ITEMS) {
                text.append(" → …");
                break;
            }
            if (text.length() > 0) {
                text.append(" → ");
            }
            text.append(Wording.label(graph.declared(edge.from())));
            if (edge.strength() == Strength.IMPLICIT && edge.source() != null) {
                defaults.add(edge.source());
            }
        }
        Edge last = cycle.edges().get(cycle.edges().size() - 1);
        text.append(" → ").append(Wording.label(graph.declared(last.to())));
        text.append(": none of these can ever start.");
        if (!defaults.isEmpty()) {
            text.append(" Implicit edges: ").append(String.join("; ", defaults)).append('.');
        }
        text.append(" Remove one of the written dependencies.");
        return text.toString();
    }
}
