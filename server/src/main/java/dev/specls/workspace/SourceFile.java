package dev.specls.workspace;

import dev.specls.syntax.FileKind;
import dev.specls.syntax.plan.PlanDocument;
import dev.specls.syntax.requirements.RequirementsDocument;
import dev.specls.syntax.state.StateDocument;
import dev.specls.text.LineIndex;
import dev.specls.text.Snapshot;
import java.net.URI;

/**
 * One file of the workspace at one version, parsed according to its kind. Exactly the document of
 * its kind is non-null ({@code plan} for PLAN, …); all are null for other kinds.
 */
public record SourceFile(Snapshot snapshot, FileKind kind, PlanDocument plan, RequirementsDocument requirements, StateDocument state) {

    public URI uri() {
        return snapshot.uri();
    }

    public String text() {
        return snapshot.text();
    }

    public LineIndex lineIndex() {
        return snapshot.lineIndex();
    }
}
