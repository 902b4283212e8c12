package dev.specls.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.specls.features.graph.GraphPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-made report and graph data under {@code fixtures/cli}, one folder per case. */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/fixtures/cli");
    static final String TOOL_VERSION = "1.2.3-test";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private Fixtures() {
    }

    static List<Path> cases(String kind) {
        try (Stream<Path> folders = Files.list(ROOT.resolve(kind))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckReport checkReport(Path caseFolder) {
        try {
            return MAPPER.readValue(caseFolder.resolve("report.json").toFile(), CheckReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GraphPlan> graphPlans(Path caseFolder) {
        try {
            return MAPPER.readValue(caseFolder.resolve("plans.json").toFile(), new TypeReference<List<GraphPlan>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
