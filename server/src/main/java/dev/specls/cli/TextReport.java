package dev.specls.cli;

import dev.specls.check.Severity;

/** Compiler-style lines ({@code path:line:col: severity code message}, 1-based) that editors and terminals link. */
final class TextReport {

    /** A message's later lines are indented so that every line starting at column 1 is a new finding. */
    private static final String CONTINUATION = "\n    ";

    private TextReport() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (ReportedFinding finding : report.findings()) {
            out.append(lines(finding));
        }
        out.append(counted(report.count(Severity.ERROR), "error", "errors")).append(", ")
                .append(counted(report.count(Severity.WARNING), "warning", "warnings")).append(", ")
                .append(counted(report.count(Severity.INFORMATION), "information", "information")).append(", ")
                .append(counted(report.count(Severity.HINT), "hint", "hints")).append(" in ")
                .append(counted(report.fileCount(), "file", "files")).append('\n');
        return out.toString();
    }

    /** One finding as the text report prints it: its line, its message's later lines and each related place, indented. */
    static String lines(ReportedFinding finding) {
        StringBuilder out = new StringBuilder();
        out.append(place(finding.location())).append(": ")
                .append(finding.severity().word()).append(' ')
                .append(finding.code()).append(' ')
                .append(finding.message().replace("\n", CONTINUATION)).append('\n');
        for (ReportedRelated related : finding.related()) {
            out.append("    ").append(place(related.location())).append(": ").append(related.message()).append('\n');
        }
        return out.toString();
    }

    private static String place(Location location) {
        return location.file() + ":" + (location.start().line() + 1) + ":" + (location.start().character() + 1);
    }

    private static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
