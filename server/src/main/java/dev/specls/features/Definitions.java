package dev.specls.features;

import dev.specls.features.prompt.PromptFeatures;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SymbolIndex.Occurrence;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * Go to definition: from any reference of a task or requirement id to its declaration. On a
 * declaration it answers the declaration itself; an id declared twice answers both, so the duplicate
 * is one jump away. In STATE.md, a cursor anywhere on a task line or a task field (Current Task, Next
 * Task, Last Completed) goes to the task it names.
 */
public final class Definitions {

    private Definitions() {
    }

    public static List<Location> definition(FeatureContext context, URI uri, Position position) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return position == null ? List.of() : PromptFeatures.definition(context, prompt, position);
        }
        NavigationTargets.Target target = NavigationTargets.at(context, uri, position);
        if (target == null) {
            return List.of();
        }
        Occurrence occurrence = target.occurrence() != null ? target.occurrence() : NavigationTargets.stateLineAt(target);
        if (occurrence == null) {
            return List.of();
        }
        List<Location> locations = new ArrayList<>();
        for (Occurrence declaration : target.symbols().declarations(occurrence.kind(), occurrence.key())) {
            context.cancellation().checkCanceled();
            SourceFile file = context.workspace().file(declaration.uri());
            if (file != null) {
                locations.add(Positions.location(file, declaration.span(), context.encoding()));
            }
        }
        return locations;
    }
}
