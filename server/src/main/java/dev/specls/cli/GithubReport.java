package dev.specls.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GitHub Actions workflow commands, one annotation per finding, escaped as the Actions toolkit does
 * ({@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties).
 */
final class GithubReport implements ReportWriter {

    private final Writer out;

    GithubReport(Writer out) {
        this.out = out;
    }

    @Override
    public void start(List<String> files, List<RuleInfo> rules, boolean strict) {
        // Annotations stand alone: no header, no summary.
    }

    @Override
    public void finish(ReportTally tally) {
        // Annotations stand alone: no header, no summary.
    }

    @Override
    public void finding(ReportedFinding finding) throws IOException {
        Location location = finding.location();
        out.append(new StringBuilder().append("::").append(command(finding))
                .append(" file=").append(escapeProperty(location.file()))
                .append(",line=").append(location.start().line() + 1)
                .append(",col=").append(location.start().character() + 1)
                .append(",endLine=").append(location.end().line() + 1)
                .append(",endColumn=").append(lastColumn(location))
                .append(",title=").append(escapeProperty(finding.code()))
                .append("::").append(escapeData(finding.messageWithRelated()))
                .append('\n'));
    }

    /** GitHub's end column is inclusive: the 1-based column of the last character; an empty range marks its start. */
    private static int lastColumn(Location location) {
        boolean empty = location.start().equals(location.end());
        return empty ? location.start().character() + 1 : Math.max(location.end().character(), 1);
    }

    private static String command(ReportedFinding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
    }

    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
