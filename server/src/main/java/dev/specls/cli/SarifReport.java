package dev.specls.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.check.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** SARIF 2.1.0 for code-scanning services: one run, the rules that fired, 1-based regions in UTF-16 columns. */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String render(CheckReport report, String toolVersion) {
        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "specls");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, RuleInfo> known = new LinkedHashMap<>();
        report.rules().forEach(rule -> known.put(rule.code(), rule));
        TreeSet<String> fired = new TreeSet<>();
        report.findings().forEach(finding -> fired.add(finding.code()));
        for (String code : fired) {
            ObjectNode rule = rules.addObject();
            rule.put("id", code);
            RuleInfo info = known.get(code);
            if (info != null) {
                rule.putObject("shortDescription").put("text", info.summary());
                rule.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (ReportedFinding finding : report.findings()) {
            ObjectNode result = results.addObject();
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
        }
        return JsonOutput.write(root);
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
