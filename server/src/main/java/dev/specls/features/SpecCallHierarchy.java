package dev.specls.features;

import dev.specls.syntax.spec.ItemIds;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.syntax.spec.Strength;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecGraph;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The call hierarchy over a spec tree's graph: outgoing calls are what an item waits for, incoming
 * calls what waits for it. {@code fromRanges} are the written dependency for an explicit edge and the
 * waiting item's id for one of the tool's implicit edges.
 */
final class SpecCallHierarchy {

    private SpecCallHierarchy() {
    }

    static CallHierarchyItem item(FeatureContext context, SpecTree tree, Declared declared) {
        SourceFile file = context.workspace().file(declared.file().uri());
        if (file == null) {
            return null;
        }
        CallHierarchyItem item = new CallHierarchyItem(declared.item().id(), declared.item().kind() == ItemKind.TASK ? SymbolKind.Function : SymbolKind.Namespace,
                file.uri().toString(), Positions.range(file, declared.item().span(), context.encoding()),
                Positions.range(file, declared.item().idSpan(), context.encoding()));
        item.setDetail(declared.item().title());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("uri", file.uri().toString());
        data.put("id", declared.item().id());
        item.setData(data);
        return item;
    }

    /** The item an id names in the spec tree of the uri's spec set, or {@code null}. */
    static Declared resolve(FeatureContext context, URI uri, String id) {
        SpecSet specSet = context.workspace().specSetOf(uri);
        SpecTree tree = SpecTrees.of(specSet);
        return tree == null ? null : tree.find(ItemIds.canonical(id), EnumSet.of(ItemKind.TASK, ItemKind.PHASE));
    }

    static List<CallHierarchyOutgoingCall> outgoing(FeatureContext context, SpecTree tree, Declared declared) {
        SpecGraph graph = tree.graph();
        Map<Declared, List<Range>> byTarget = new LinkedHashMap<>();
        for (SpecGraph.Edge edge : graph.edgesFrom(declared)) {
            context.cancellation().checkCanceled();
            if (!graph.isStart(edge.to())) {
                addRange(byTarget.computeIfAbsent(graph.declared(edge.to()), ignored -> new ArrayList<>()), fromRange(context, declared, edge));
            }
        }
        List<CallHierarchyOutgoingCall> calls = new ArrayList<>();
        byTarget.forEach((target, ranges) -> {
            CallHierarchyItem to = item(context, tree, target);
            if (to != null) {
                calls.add(new CallHierarchyOutgoingCall(to, ranges));
            }
        });
        return calls;
    }

    static List<CallHierarchyIncomingCall> incoming(FeatureContext context, SpecTree tree, Declared declared) {
        SpecGraph graph = tree.graph();
        Map<Declared, List<Range>> bySource = new LinkedHashMap<>();
        for (SpecGraph.Edge edge : graph.edges()) {
            context.cancellation().checkCanceled();
            if (!graph.isStart(edge.from()) && !graph.isStart(edge.to()) && graph.declared(edge.to()) == declared) {
                Declared waiting = graph.declared(edge.from());
                addRange(bySource.computeIfAbsent(waiting, ignored -> new ArrayList<>()), fromRange(context, waiting, edge));
            }
        }
        List<CallHierarchyIncomingCall> calls = new ArrayList<>();
        bySource.forEach((waiting, ranges) -> {
            CallHierarchyItem from = item(context, tree, waiting);
            if (from != null) {
                calls.add(new CallHierarchyIncomingCall(from, ranges));
            }
        });
        return calls;
    }

    private static void addRange(List<Range> ranges, Range range) {
        if (!ranges.contains(range)) {
            ranges.add(range);
        }
    }

    /** The written dependency in the waiting item's file, or the waiting item's id for an implicit edge. */
    private static Range fromRange(FeatureContext context, Declared waiting, SpecGraph.Edge edge) {
        boolean written = edge.strength() != Strength.IMPLICIT && edge.ref() != null && edge.ref().file() == waiting.file();
        Span span = written ? edge.ref().ref().span() : waiting.item().idSpan();
        SourceFile file = context.workspace().file(waiting.file().uri());
        return Positions.range(file, span, context.encoding());
    }
}
