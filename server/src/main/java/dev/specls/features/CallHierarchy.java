package dev.specls.features;

import dev.specls.syntax.plan.Ref;
import dev.specls.syntax.plan.Task;
import dev.specls.text.Span;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SpecSet;
import dev.specls.workspace.SymbolIndex.Kind;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.syntax.spec.ItemKind;
import dev.specls.workspace.spec.Declared;
import dev.specls.workspace.spec.SpecTree;
import dev.specls.workspace.spec.SpecTrees;
import java.net.URI;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The dependency graph as a call hierarchy: incoming = dependents, outgoing = dependencies, explicit
 * and implicit. An item is a task: name = its id, detail = its name, range = the task element,
 * selection = the id, data = {@code {uri, id}}. {@code fromRanges} are the {@code depends_on} ids for
 * an explicit edge and the dependent task's id for an implicit one, always in the caller's file.
 */
public final class CallHierarchy {

    private CallHierarchy() {
    }

    public static List<CallHierarchyItem> prepare(FeatureContext context, URI uri, Position position) {
        NavigationTargets.Target target = NavigationTargets.occurrenceAt(context, uri, position);
        if (target == null || target.occurrence().kind() != Kind.TASK) {
            return List.of();
        }
        SpecTree tree = SpecTrees.of(target.specSet());
        if (tree != null) {
            Declared declared = tree.find(target.occurrence().key(), EnumSet.of(ItemKind.TASK, ItemKind.PHASE));
            CallHierarchyItem item = declared == null ? null : SpecCallHierarchy.item(context, tree, declared);
            return item == null ? List.of() : List.of(item);
        }
        Task task = NavigationTargets.taskOf(target.specSet(), target.occurrence());
        CallHierarchyItem item = task == null ? null : item(context, target.specSet(), task);
        return item == null ? List.of() : List.of(item);
    }

    public static List<CallHierarchyIncomingCall> incoming(FeatureContext context, CallHierarchyItem item) {
        Declared spec = resolveInTree(context, item);
        if (spec != null) {
            return SpecCallHierarchy.incoming(context, SpecTrees.of(context.workspace().specSetOf(spec.file().uri())), spec);
        }
        Resolved resolved = resolve(context, item);
        if (resolved == null) {
            return List.of();
        }
        List<CallHierarchyIncomingCall> calls = new ArrayList<>();
        for (Task dependent : resolved.specSet.graph().dependents(resolved.task)) {
            context.cancellation().checkCanceled();
            CallHierarchyItem from = item(context, resolved.specSet, dependent);
            if (from != null) {
                List<Range> ranges = dependent.hasImplicitDependencies()
                        ? idRange(context, resolved.specSet, dependent)
                        : dependsOnRanges(context, resolved.plan, dependent, resolved.task.id());
                calls.add(new CallHierarchyIncomingCall(from, ranges));
            }
        }
        return calls;
    }

    public static List<CallHierarchyOutgoingCall> outgoing(FeatureContext context, CallHierarchyItem item) {
        Declared spec = resolveInTree(context, item);
        if (spec != null) {
            return SpecCallHierarchy.outgoing(context, SpecTrees.of(context.workspace().specSetOf(spec.file().uri())), spec);
        }
        Resolved resolved = resolve(context, item);
        if (resolved == null) {
            return List.of();
        }
        Task task = resolved.task;
        SpecSet specSet = resolved.specSet;
        List<CallHierarchyOutgoingCall> calls = new ArrayList<>();
        if (!task.hasImplicitDependencies()) {
            for (Task dependency : specSet.graph().explicitDependencies(task)) {
                context.cancellation().checkCanceled();
                CallHierarchyItem to = item(context, specSet, dependency);
                if (to != null) {
                    calls.add(new CallHierarchyOutgoingCall(to, dependsOnRanges(context, resolved.plan, task, dependency.id())));
                }
            }
            return calls;
        }
        List<Range> ownId = idRange(context, specSet, task);
        for (Task dependency : specSet.graph().implicitDependencies(task)) {
            context.cancellation().checkCanceled();
            CallHierarchyItem to = item(context, specSet, dependency);
            if (to != null) {
                calls.add(new CallHierarchyOutgoingCall(to, ownId));
            }
        }
        return calls;
    }

    private record Resolved(SpecSet specSet, SourceFile plan, Task task) {
    }

    /** The task an item stands for, by the id in its data (or its name) in the plan of its uri. */
    private static Resolved resolve(FeatureContext context, CallHierarchyItem item) {
        if (item == null) {
            return null;
        }
        String uri = dataValue(item.getData(), "uri");
        String id = dataValue(item.getData(), "id");
        uri = uri == null ? item.getUri() : uri;
        id = id == null ? item.getName() : id;
        if (uri == null || id == null) {
            return null;
        }
        URI parsed;
        try {
            parsed = URI.create(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
        SpecSet specSet = context.workspace().specSetOf(parsed);
        if (specSet == null || specSet.plan() == null) {
            return null;
        }
        Task task = specSet.task(id);
        return task == null ? null : new Resolved(specSet, specSet.plan(), task);
    }

    /** The task or phase of a spec tree an item stands for, or {@code null} when it is a sago task or none. */
    private static Declared resolveInTree(FeatureContext context, CallHierarchyItem item) {
        String uri = item == null ? null : dataValue(item.getData(), "uri");
        String id = item == null ? null : dataValue(item.getData(), "id");
        if (uri == null || id == null) {
            return null;
        }
        try {
            return SpecCallHierarchy.resolve(context, URI.create(uri), id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A string field of the item's data, a map (the protocol edge decodes what the client sent back). */
    private static String dataValue(Object data, String key) {
        return data instanceof Map<?, ?> map && map.get(key) instanceof String value ? value : null;
    }

    private static CallHierarchyItem item(FeatureContext context, SpecSet specSet, Task task) {
        SourceFile plan = specSet.plan();
        Occurrence declaration = NavigationTargets.declarationOf(specSet, task);
        if (plan == null || declaration == null) {
            return null;
        }
        Range range = Positions.range(plan, task.element().span(), context.encoding());
        Range selection = Positions.range(plan, declaration.span(), context.encoding());
        CallHierarchyItem item = new CallHierarchyItem(task.id(), SymbolKind.Function, plan.uri().toString(), range, selection);
        item.setDetail(task.nameText());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("uri", plan.uri().toString());
        data.put("id", task.id());
        item.setData(data);
        return item;
    }

    private static List<Range> idRange(FeatureContext context, SpecSet specSet, Task task) {
        Occurrence declaration = NavigationTargets.declarationOf(specSet, task);
        return declaration == null ? List.of() : List.of(Positions.range(specSet.plan(), declaration.span(), context.encoding()));
    }

    private static List<Range> dependsOnRanges(FeatureContext context, SourceFile plan, Task task, String id) {
        List<Range> ranges = new ArrayList<>();
        for (Ref ref : task.dependsOn()) {
            if (ref.value().equals(id)) {
                Span span = ref.span();
                ranges.add(Positions.range(plan, span, context.encoding()));
            }
        }
        return ranges;
    }
}
