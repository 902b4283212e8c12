package dev.specls.cli;

import dev.specls.check.Severity;
import java.util.List;

/** A finding with its positions resolved to lines and columns, ready to print in any format. */
public record ReportedFinding(Location location, Severity severity, String code, String message, List<ReportedRelated> related) {
}
