package dev.specls.lsp;

import dev.specls.check.Finding;
import dev.specls.check.Related;
import dev.specls.check.Severity;
import dev.specls.features.Positions;
import dev.specls.text.LineIndex;
import dev.specls.text.PositionEncoding;
import dev.specls.text.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Turns findings into LSP diagnostics, with positions in the negotiated encoding. */
final class Diagnostics {

    static final String SOURCE = "specls";

    private Diagnostics() {
    }

    /**
     * @param index       the line index of the text the findings were computed on
     * @param indexOfFile the line index of another file a finding points to, or {@code null} when unknown
     */
    static List<Diagnostic> of(List<Finding> findings, LineIndex index, PositionEncoding encoding,
            Function<URI, LineIndex> indexOfFile) {
        List<Diagnostic> diagnostics = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Diagnostic diagnostic = new Diagnostic(range(finding.span(), index, encoding), finding.message(),
                    severity(finding.severity()), SOURCE, finding.code());
            if (!finding.related().isEmpty()) {
                List<DiagnosticRelatedInformation> related = new ArrayList<>(finding.related().size());
                for (Related place : finding.related()) {
                    LineIndex placeIndex = place.uri().equals(finding.uri()) ? index : indexOfFile.apply(place.uri());
                    Range placeRange = placeIndex == null ? new Range(new Position(0, 0), new Position(0, 0))
                            : range(place.span(), placeIndex, encoding);
                    related.add(new DiagnosticRelatedInformation(new Location(place.uri().toString(), placeRange), place.message()));
                }
                diagnostic.setRelatedInformation(related);
            }
            diagnostics.add(diagnostic);
        }
        return diagnostics;
    }

    static Range range(Span span, LineIndex index, PositionEncoding encoding) {
        return Positions.range(span, index, encoding);
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
