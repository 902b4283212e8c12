package dev.specls.features;

import java.net.URI;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;

/** Folding ranges for phases, tasks and sections, and selection ranges that grow along the same tree. */
public final class Folding {

    private Folding() {
    }

    public static List<FoldingRange> foldingRanges(FeatureContext context, URI uri) {
    // placeholder: implemented with the feature
        return List.of();
    }

    public static List<SelectionRange> selectionRanges(FeatureContext context, URI uri, List<Position> positions) {
    // placeholder: implemented with the feature
        return List.of();
    }
}
