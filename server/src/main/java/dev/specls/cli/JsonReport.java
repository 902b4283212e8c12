package dev.specls.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object with LSP's 0-based, UTF-16 positions, for scripts; each diagnostic is written as it comes. */
final class JsonReport implements ReportWriter {

    private final Writer out;
    private JsonGenerator json;

    JsonReport(Writer out) {
        this.out = out;
    }

    @Override
    public void start(List<String> files, List<RuleInfo> rules, boolean strict) throws IOException {
        json = JsonOutput.generator(out);
        json.writeStartObject();
        json.writeNumberField("files", files.size());
        json.writeArrayFieldStart("diagnostics");
    }

    @Override
    public void finding(ReportedFinding finding) throws IOException {
        ObjectNode diagnostic = JsonOutput.object();
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
        JsonOutput.writeTree(json, diagnostic);
    }

    @Override
    public void finish(ReportTally tally) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.word(), tally.count(severity));
        }
        json.writeEndObject();
        json.writeEndObject();
        JsonOutput.end(json);
    }

    static ObjectNode range(Location location) {
        ObjectNode range = JsonOutput.object();
        range.putObject("start").put("line", location.start().line()).put("character", location.start().character());
        range.putObject("end").put("line", location.end().line()).put("character", location.end().character());
        return range;
    }
}
