package dev.specls.syntax.prompt;

import dev.specls.text.Span;
import java.util.List;

/**
 * A frontmatter value with the exact range of its text in the file. Composed from YAML nodes, so an
 * anchor's value is shared rather than copied and every key and value keeps where it was written.
 */
public sealed interface YamlNode {

    Span span();

    /** A scalar: its value as YAML composed it, and whether it was written plain (so {@code 3} may be a number). */
    record Scalar(String value, boolean plain, Span span) implements YamlNode {

        /** What a YAML 1.2 core schema reads a plain scalar as: "bool", "int", "float", "null" or "string". */
        public String coreType() {
            if (!plain) {
                return "string";
            }
            return switch (value) {
                case "true", "True", "TRUE", "false", "False", "FALSE" -> "bool";
                case "", "~", "null", "Null", "NULL" -> "null";
                default -> value.matches("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+") ? "int"
                        : value.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)")
                                ? "float" : "string";
            };
        }
    }

    record Sequence(List<YamlNode> items, Span span) implements YamlNode {
    }

    record Mapping(List<Entry> entries, Span span) implements YamlNode {

        /** The entry whose key is the scalar {@code key}, or {@code null}. */
        public Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key() instanceof Scalar scalar && scalar.value().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        public YamlNode get(String key) {
            Entry entry = entry(key);
            return entry == null ? null : entry.value();
        }
    }

    record Entry(YamlNode key, YamlNode value) {

        /** The key's text when it is a scalar, else {@code null}. */
        public String keyText() {
            return key instanceof Scalar scalar ? scalar.value() : null;
        }
    }

    /** The scalar text of a node, or {@code null} when it is a mapping or a sequence. */
    static String text(YamlNode node) {
        return node != null && node instanceof Scalar scalar ? scalar.value() : null;
    }
}
