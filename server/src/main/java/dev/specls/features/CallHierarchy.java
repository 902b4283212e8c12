package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.Position;

/** The dependency graph as a call hierarchy: incoming = dependents, outgoing = dependencies. */
public final class CallHierarchy {

    private CallHierarchy() {
    }

    public static List<CallHierarchyItem> prepare(FeatureContext context, URI uri, Position position) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<CallHierarchyIncomingCall> incoming(FeatureContext context, CallHierarchyItem item) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<CallHierarchyOutgoingCall> outgoing(FeatureContext context, CallHierarchyItem item) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
