package dev.specls.features;

import java.net.URI;
import java.util.Map;
import org.eclipse.lsp4j.Position;

/**
 * Runs one feature on a fixture and renders its result as stable, readable text. The runner finds
 * the renderer of {@code fixtures/features/NAME/} as the class {@code dev.specls.features.NameFixtures}
 * ({@code call-hierarchy} → {@code CallHierarchyFixtures}), so adding a feature adds no shared registry line.
 */
interface FixtureRenderer {

    /**
     * @param cursorUri the file holding the cursor, or {@code null} when the fixture has none
     * @param cursor    the cursor in the context's encoding, or {@code null}
     * @param args      the fixture's {@code # args:}
     */
    String render(FeatureContext context, URI cursorUri, Position cursor, Map<String, String> args);
}
