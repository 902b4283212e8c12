package dev.specls.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.specls.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The XML that checkstyle's {@code XMLLogger} writes, which reviewdog ({@code -f=checkstyle}), Jenkins
 * warnings-ng and many code-review bots read: one {@code <file>} per checked file (empty when clean),
 * one {@code <error>} per finding with 1-based line and UTF-16 column, severity {@code error},
 * {@code warning} or {@code info}, the rule code as {@code source}, and the related places on the
 * message's later lines.
 */
final class CheckstyleReport {

    private CheckstyleReport() {
    }

    @JacksonXmlRootElement(localName = "checkstyle")
    @JsonPropertyOrder({"version", "file"})
    record Document(@JacksonXmlProperty(isAttribute = true) String version,
                    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "file") List<FileEntry> files) {
    }

    @JsonPropertyOrder({"name", "error"})
    record FileEntry(@JacksonXmlProperty(isAttribute = true) String name,
                     @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error") List<ErrorEntry> errors) {
    }

    @JsonPropertyOrder({"line", "column", "severity", "message", "source"})
    record ErrorEntry(@JacksonXmlProperty(isAttribute = true) int line,
                 @JacksonXmlProperty(isAttribute = true) int column,
                 @JacksonXmlProperty(isAttribute = true) String severity,
                 @JacksonXmlProperty(isAttribute = true) String message,
                 @JacksonXmlProperty(isAttribute = true) String source) {
    }

    static String render(CheckReport report, String toolVersion) {
        Map<String, List<ErrorEntry>> byFile = new TreeMap<>();
        report.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        for (ReportedFinding finding : report.findings()) {
            Location location = finding.location();
            byFile.computeIfAbsent(location.file(), ignored -> new ArrayList<>()).add(new ErrorEntry(
                    location.start().line() + 1, location.start().character() + 1, severity(finding.severity()),
                    XmlOutput.clean(finding.messageWithRelated()), XmlOutput.clean(finding.code())));
        }
        List<FileEntry> files = new ArrayList<>();
        byFile.forEach((file, errors) -> files.add(new FileEntry(XmlOutput.clean(file), errors)));
        return XmlOutput.write(new Document(XmlOutput.clean("specls " + toolVersion), files));
    }

    /** Checkstyle's levels: {@code info} stands for both information and hint. */
    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "info";
        };
    }
}
