package dev.specls.features;

import dev.specls.check.Analysis;
import dev.specls.check.Checker;
import dev.specls.text.PositionEncoding;
import dev.specls.workspace.WorkspaceView;

/**
 * What every feature reads: one analysis (a snapshot of the workspace, which no later change alters,
 * with the checker and its findings), the negotiated position encoding, the request's cancellation,
 * and the features each format adds for its own files.
 */
public record FeatureContext(Analysis analysis, PositionEncoding encoding, Cancellation cancellation, FeatureProviders features) {

    /** A context over a view that shares its findings with no other request. */
    public FeatureContext(WorkspaceView workspace, Checker checker, PositionEncoding encoding, Cancellation cancellation, FeatureProviders features) {
        this(Analysis.of(workspace, checker), encoding, cancellation, features);
    }

    /** The files and spec sets of the request's snapshot. */
    public WorkspaceView workspace() {
        return analysis.snapshot();
    }

    /** The checker under the user's settings. */
    public Checker checker() {
        return analysis.checker();
    }
}
