package dev.specls.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.check.Severity;

/** One JSON object with LSP's 0-based, UTF-16 positions, for scripts. */
final class JsonReport {

    private JsonReport() {
    }

    static String render(CheckReport report) {
        ObjectNode root = JsonOutput.object();
        root.put("files", report.fileCount());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (ReportedFinding finding : report.findings()) {
            ObjectNode diagnostic = diagnostics.addObject();
            diagnostic.put("file", finding.location().file());
            diagnostic.set("range", range(finding.location()));
            diagnostic.put("severity", finding.severity().word());
            diagnostic.put("code", finding.code());
            diagnostic.put("message", finding.message());
            ArrayNode relatedArray = diagnostic.putArray("related");
            for (ReportedRelated related : finding.related()) {
                ObjectNode entry = relatedArray.addObject();
                entry.put("file", related.location().file());
                entry.set("range", range(related.location()));
                entry.put("message", related.message());
            }
        }
        ObjectNode summary = root.putObject("summary");
        for (Severity severity : Severity.values()) {
            summary.put(severity.word(), report.count(severity));
        }
        return JsonOutput.write(root);
    }

    private static ObjectNode range(Location location) {
        ObjectNode range = JsonOutput.object();
        range.putObject("start").put("line", location.start().line()).put("character", location.start().character());
        range.putObject("end").put("line", location.end().line()).put("character", location.end().character());
        return range;
    }
}
