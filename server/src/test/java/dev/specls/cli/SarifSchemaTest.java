package dev.specls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF report of every check fixture validates against the official SARIF 2.1.0 schema, formats included. */
class SarifSchemaTest {

    private static final String SCHEMA_FOLDER = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/";

    // The schema's own id points at OASIS; mapping it to the vendored copy keeps the test off the network.
    private static final JsonSchema SCHEMA = JsonSchemaFactory
            .getInstance(SpecVersion.VersionFlag.V4, builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(SCHEMA_FOLDER, "classpath:sarif/")))
            .getSchema(SchemaLocation.of(SCHEMA_FOLDER + "sarif-schema-2.1.0.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    static Stream<Path> cases() {
        return Fixtures.cases("check").stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sarifOfEveryCaseIsValid(Path caseFolder) throws Exception {
        String sarif = CheckFormat.SARIF.render(Fixtures.checkReport(caseFolder), Fixtures.TOOL_VERSION);
        JsonNode document = new ObjectMapper().readTree(sarif);

        Set<ValidationMessage> problems = SCHEMA.validate(document);

        assertEquals(List.of(), problems.stream().map(ValidationMessage::getMessage).toList());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void schemaRejectsABrokenReport(Path caseFolder) throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                CheckFormat.SARIF.render(Fixtures.checkReport(caseFolder), Fixtures.TOOL_VERSION).replace("\"2.1.0\"", "\"2.0\""));

        assertEquals(false, SCHEMA.validate(document).isEmpty(), "a wrong version must not validate");
    }
}
