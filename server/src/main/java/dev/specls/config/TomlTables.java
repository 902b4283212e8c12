package dev.specls.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TOML text into plain values, as Jackson's mapper reads it into a {@code Map<String, Object>}: tables as
 * ordered maps, arrays as lists, strings, {@code Integer}, {@code Long} or {@code BigInteger}, floating-point
 * numbers and booleans. It walks the TOML parser's tokens itself: building the data-binding mapper cost more than
 * the whole check of a small folder (docs/performance.md, "Startup").
 */
public final class TomlTables {

    private static final TomlFactory FACTORY = new TomlFactory();

    private TomlTables() {
    }

    /** @throws JsonProcessingException when the text is not valid TOML, with the line of the mistake */
    public static Map<String, Object> read(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parser.nextToken() == JsonToken.START_OBJECT ? table(parser) : new LinkedHashMap<>();
        } catch (JsonProcessingException invalid) {
            throw invalid;
        } catch (IOException cannotHappen) {
            // The text is in memory: there is no input that could fail.
            throw new UncheckedIOException(cannotHappen);
        }
    }

    private static Map<String, Object> table(JsonParser parser) throws IOException {
        Map<String, Object> table = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            table.put(key, value(parser));
        }
        return table;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> table(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject();
            default -> null;
        };
    }
}
