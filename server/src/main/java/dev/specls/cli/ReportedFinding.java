package dev.specls.cli;

import dev.specls.check.Severity;
import java.util.List;

/** A finding with its positions resolved to lines and columns, ready to print in any format. */
public record ReportedFinding(Location location, Severity severity, String code, String message, List<ReportedRelated> related) {

    /**
     * The message, then each related place on a line of its own as {@code file:line:col: message}
     * (1-based), for formats that carry one text per finding.
     */
    public String messageWithRelated() {
        StringBuilder text = new StringBuilder(message);
        for (ReportedRelated place : related) {
            Location where = place.location();
            text.append('\n').append(where.file()).append(':').append(where.start().line() + 1)
                    .append(':').append(where.start().character() + 1).append(": ").append(place.message());
        }
        return text.toString();
    }
}
