package dev.specls.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON values kept for later, in order: in memory while few, then in a temporary file, one line each, so
 * that a report whose layout puts a summary first (SARIF's rules) holds only a bounded number of them.
 */
final class JsonSpool implements AutoCloseable {

    /** Spooling is for huge reports; a usual one never touches the disk. */
    static final int IN_MEMORY = 10_000;

    /** Built only by a report that spills: the mapper costs more to build than a usual report takes. */
    private static final class Spill {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Sink {
        void accept(JsonNode value) throws IOException;
    }

    private final List<JsonNode> kept = new ArrayList<>();
    private Path file;
    private BufferedWriter spilled;

    void add(JsonNode value) throws IOException {
        if (spilled == null && kept.size() < IN_MEMORY) {
            kept.add(value);
            return;
        }
        if (spilled == null) {
            file = Files.createTempFile("specls-report", ".jsonl");
            spilled = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        // Compact JSON escapes line breaks inside strings, so each value is exactly one line.
        spilled.write(Spill.MAPPER.writeValueAsString(value));
        spilled.write('\n');
    }

    void forEach(Sink sink) throws IOException {
        for (JsonNode value : kept) {
            sink.accept(value);
        }
        if (spilled == null) {
            return;
        }
        spilled.close();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                sink.accept(Spill.MAPPER.readTree(line));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) {
            spilled.close();
            Files.deleteIfExists(file);
        }
    }
}
