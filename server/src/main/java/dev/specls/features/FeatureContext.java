package dev.specls.features;

import dev.specls.check.Checker;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.WorkspaceView;

/**
 * What every feature reads: the workspace at its current versions, the checker with the user's
 * settings (for quick fixes), the negotiated position encoding, the request's cancellation, and the
 * features each format adds for its own files.
 */
public record FeatureContext(WorkspaceView workspace, Checker checker, PositionEncoding encoding, Cancellation cancellation,
        FeatureProviders features) {
}
