package dev.specls.cli;

import dev.specls.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Compiler-style lines ({@code path:line:col: severity code message}, 1-based) that editors and terminals link. */
final class TextReport implements ReportWriter {

    /** A message's later lines are indented so that every line starting at column 1 is a new finding. */
    private static final String CONTINUATION = "\n    ";

    private final Writer out;

    TextReport(Writer out) {
        this.out = out;
    }

    @Override
    public void start(List<String> files, List<RuleInfo> rules, boolean strict) {
        // The text format has no header.
    }

    @Override
    public void finding(ReportedFinding finding) throws IOException {
        out.append(lines(finding));
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

    @Override
    public void finish(ReportTally tally) throws IOException {
        out.append(counted(tally.count(Severity.ERROR), "error", "errors")).append(", ")
                .append(counted(tally.count(Severity.WARNING), "warning", "warnings")).append(", ")
                .append(counted(tally.count(Severity.INFORMATION), "information", "information")).append(", ")
                .append(counted(tally.count(Severity.HINT), "hint", "hints")).append(" in ")
                .append(counted(tally.fileCount(), "file", "files")).append('\n');
    }

    private static String place(Location location) {
        return location.file() + ":" + (location.start().line() + 1) + ":" + (location.start().character() + 1);
    }

    private static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
