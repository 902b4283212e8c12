package dev.specls.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules that fired, 1-based regions in UTF-16 columns.
 * The rules that fired come before the results, so results wait in a {@link JsonSpool} until the end.
 */
final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Writer out;
    private final String toolVersion;
    private final Map<String, RuleInfo> known = new LinkedHashMap<>();
    private final TreeSet<String> fired = new TreeSet<>();
    private final JsonSpool results = new JsonSpool();

    SarifReport(Writer out, String toolVersion) {
        this.out = out;
        this.toolVersion = toolVersion;
    }

    @Override
    public void start(List<String> files, List<RuleInfo> rules, boolean strict) {
        rules.forEach(rule -> known.put(rule.code(), rule));
    }

    @Override
    public void finding(ReportedFinding finding) throws IOException {
        fired.add(finding.code());
        ObjectNode result = JsonOutput.object();
        result.put("ruleId", finding.code());
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        result.putArray("locations").addObject().set("physicalLocation", physicalLocation(finding.location()));
        if (!finding.related().isEmpty()) {
            ArrayNode relatedLocations = result.putArray("relatedLocations");
            int id = 0;
            for (ReportedRelated related : finding.related()) {
                ObjectNode location = relatedLocations.addObject();
                location.put("id", id++);
                location.set("physicalLocation", physicalLocation(related.location()));
                location.putObject("message").put("text", related.message());
            }
        }
        results.add(result);
    }

    @Override
    public void finish(ReportTally tally) throws IOException {
        try (JsonSpool spooled = results) {
            JsonGenerator json = JsonOutput.generator(out);
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            ObjectNode tool = JsonOutput.object();
            ObjectNode driver = tool.putObject("driver");
            driver.put("name", "specls");
            driver.put("version", toolVersion);
            ArrayNode rules = driver.putArray("rules");
            for (String code : fired) {
                ObjectNode rule = rules.addObject();
                rule.put("id", code);
                RuleInfo info = known.get(code);
                if (info != null) {
                    rule.putObject("shortDescription").put("text", info.summary());
                    rule.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
                }
            }
            json.writeFieldName("tool");
            JsonOutput.writeTree(json, tool);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            spooled.forEach(result -> JsonOutput.writeTree(json, result));
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            JsonOutput.end(json);
        }
    }

    /** SARIF has no hint or information level: both are notes. */
    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    private static ObjectNode physicalLocation(Location location) {
        ObjectNode physical = JsonOutput.object();
        physical.putObject("artifactLocation").put("uri", uriReference(location.file()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", location.start().line() + 1);
        region.put("startColumn", location.start().character() + 1);
        region.put("endLine", location.end().line() + 1);
        region.put("endColumn", location.end().character() + 1);
        return physical;
    }

    /**
     * A path as a relative URI reference: special characters percent-encoded, and a {@code ./} before
     * a first segment with a colon so that it cannot read as a scheme.
     */
    static String uriReference(String path) {
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            boolean looksLikeScheme = colon >= 0 && (slash < 0 || colon < slash) && !path.startsWith("/");
            return looksLikeScheme ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + path + " as a URI", e);
        }
    }
}
