package dev.specls.llm;

import dev.specls.check.Severity;
import dev.specls.llm.Planner.ReviewFinding;
import dev.specls.workspace.Uris;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code [CRITICAL]}, {@code [WARNING]} and {@code [SUGGESTION]} lines of a review, with the file and line they name. */
final class ReviewFindings {

    private static final Pattern FINDING = Pattern.compile("\\[(CRITICAL|WARNING|SUGGESTION)]\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /** {@code path/file.ext:12} or {@code path/file.ext}, in parentheses or not. */
    private static final Pattern PLACE = Pattern.compile("([\\w./-]+\\.[A-Za-z0-9]+)(?::(\\d+))?");

    private ReviewFindings() {
    }

    static List<ReviewFinding> parse(String review, SpecFolder folder) {
        List<ReviewFinding> findings = new ArrayList<>();
        for (String line : review.split("\r\n|\r|\n")) {
            Matcher finding = FINDING.matcher(line);
            if (!finding.find()) {
                continue;
            }
            Severity severity = switch (finding.group(1).toUpperCase(Locale.ROOT)) {
                case "CRITICAL" -> Severity.ERROR;
                case "WARNING" -> Severity.WARNING;
                default -> Severity.INFORMATION;
            };
            String text = finding.group(2).strip();
            java.net.URI uri = null;
            int lineNumber = -1;
            Matcher place = PLACE.matcher(text);
            while (place.find()) {
                Path file = folder.folder().resolve(place.group(1)).normalize();
                if (file.startsWith(folder.root() == null ? folder.folder() : folder.root()) && folder.texts().apply(file) != null) {
                    uri = Uris.of(file);
                    lineNumber = place.group(2) == null || place.group(2).length() > 9 ? -1 : Math.max(0, Integer.parseInt(place.group(2)) - 1);
                    break;
                }
            }
            findings.add(new ReviewFinding(uri, lineNumber, severity, "[" + finding.group(1).toUpperCase(Locale.ROOT) + "] " + text));
        }
        return findings;
    }
}
