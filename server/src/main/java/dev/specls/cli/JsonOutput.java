package dev.specls.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON reports: indented by two spaces with {@code \n} on every platform, so outputs compare byte for byte.
 * Trees are built from Jackson's node classes and written by its streaming generator alone: building the
 * data-binding mapper cost more than checking a small folder (docs/performance.md, "Startup").
 */
final class JsonOutput {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER);

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** A generator with the reports' layout, for writing a report piece by piece; finish it with {@link #end}. */
    static JsonGenerator generator(Writer out) throws IOException {
        // The printer counts its nesting, so each generator takes a fresh one.
        return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).setPrettyPrinter(LAYOUT.createInstance());
    }

    /** Writes a tree into a report made with {@link #generator}, as the data-binding mapper writes it. */
    static void writeTree(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    generator.writeFieldName(property.getKey());
                    writeTree(generator, property.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    writeTree(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> writeNumber(generator, node);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("a report holds no " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonGenerator generator, JsonNode number) throws IOException {
        switch (number.numberType()) {
            case INT -> generator.writeNumber(number.intValue());
            case LONG -> generator.writeNumber(number.longValue());
            case BIG_INTEGER -> generator.writeNumber(number.bigIntegerValue());
            case FLOAT -> generator.writeNumber(number.floatValue());
            case DOUBLE -> generator.writeNumber(number.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(number.decimalValue());
        }
    }

    /** Ends a report made with {@link #generator} as {@link #write} ends one: with a line break. */
    static void end(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        generator.flush();
    }

    static String write(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = generator(text)) {
            writeTree(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}
