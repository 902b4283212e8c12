package dev.specls.cli;

/**
 * GitHub Actions workflow commands, one annotation per finding, escaped as the Actions toolkit does
 * ({@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties).
 */
final class GithubReport {

    private GithubReport() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (ReportedFinding finding : report.findings()) {
            Location location = finding.location();
            out.append("::").append(command(finding))
                    .append(" file=").append(escapeProperty(location.file()))
                    .append(",line=").append(location.start().line() + 1)
                    .append(",col=").append(location.start().character() + 1)
                    .append(",endLine=").append(location.end().line() + 1)
                    .append(",endColumn=").append(lastColumn(location))
                    .append(",title=").append(escapeProperty(finding.code()))
                    .append("::").append(escapeData(finding.messageWithRelated()))
                    .append('\n');
        }
        return out.toString();
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
