package dev.specls.features;

import dev.specls.features.prompt.PromptFeatures;
import dev.specls.workspace.SourceFile;
import dev.specls.workspace.SymbolIndex.Occurrence;
import dev.specls.workspace.SymbolIndex.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * Find references and document highlight of the task or requirement id under the cursor, from a
 * declaration or any reference, across the spec set's files. Requirement ids compare canonically, so
 * {@code FR-1} finds {@code FR-001}.
 */
public final class References {

    private References() {
    }

    /** Every occurrence: plan, then requirements, then state, by position; the declarations only when asked. */
    public static List<Location> references(FeatureContext context, URI uri, Position position, boolean includeDeclaration) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return position == null ? List.of() : PromptFeatures.references(context, prompt, position, includeDeclaration);
        }
        NavigationTargets.Target target = NavigationTargets.occurrenceAt(context, uri, position);
        if (target == null) {
            return List.of();
        }
        Occurrence at = target.occurrence();
        List<Location> locations = new ArrayList<>();
        for (Occurrence occurrence : NavigationTargets.occurrences(context, target.specSet(), at.kind(), at.key())) {
            if (!includeDeclaration && occurrence.role() == Role.DECLARATION) {
                continue;
            }
            SourceFile file = context.workspace().file(occurrence.uri());
            if (file != null) {
                locations.add(Positions.location(file, occurrence.span(), context.encoding()));
            }
        }
        return locations;
    }

    /** The occurrences of the id in this file: the declaration as Write, references as Read. */
    public static List<DocumentHighlight> highlights(FeatureContext context, URI uri, Position position) {
        var prompt = PromptFeatures.prompt(context, uri);
        if (prompt != null) {
            return position == null ? List.of() : PromptFeatures.highlights(context, prompt, position);
        }
        NavigationTargets.Target target = NavigationTargets.occurrenceAt(context, uri, position);
        if (target == null) {
            return List.of();
        }
        Occurrence at = target.occurrence();
        List<DocumentHighlight> highlights = new ArrayList<>();
        for (Occurrence occurrence : target.symbols().in(target.file().uri())) {
            context.cancellation().checkCanceled();
            if (occurrence.kind() == at.kind() && occurrence.key().equals(at.key())) {
                highlights.add(new DocumentHighlight(Positions.range(target.file(), occurrence.span(), context.encoding()),
                        occurrence.role() == Role.DECLARATION ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        }
        return highlights;
    }
}
