package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specls.text.PositionEncoding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientFeaturesTest {

    @ParameterizedTest(name = "offered [{0}] -> {1}")
    @CsvSource({
        "'', utf-16",
        "utf-8 utf-16, utf-16",
        "utf-32 utf-16 utf-8, utf-16",
        "utf-8, utf-8",
        "utf-32 utf-8, utf-8",
        "utf-32, utf-32",
        "latin-1, utf-16",
    })
    void negotiatesThePositionEncoding(String offered, String expected) {
        List<String> encodings = offered.isEmpty() ? List.of() : Arrays.asList(offered.split(" "));
        assertEquals(expected, ClientFeatures.negotiate(encodings).protocolName());
    }

    @org.junit.jupiter.api.Test
    void aClientThatSaysNothingGetsUtf16() {
        assertEquals(PositionEncoding.UTF16, ClientFeatures.negotiate(null));
        assertEquals(PositionEncoding.UTF16, new ClientFeatures(null).positionEncoding());
    }
}
