package dev.specls.syntax.prompt;

import dev.specls.text.Span;
import java.util.List;

/**
 * One declared input, the same across dialects (SASE {@code input:}, Prompty {@code inputs:},
 * dotprompt Picoschema, VS Code {@code ${input:…}}).
 *
 * @param name         the variable name templates use
 * @param type         the declared type as written ({@code line}, {@code string}, …), or {@code null}
 * @param required     true when a caller must give it
 * @param defaultValue the default as written, or {@code null}
 * @param description  its description, or {@code null}
 * @param choices      the allowed values of an enum, else empty
 * @param nameSpan     where its name is written
 * @param span         the whole declaration
 * @param fields       what an object declares inside it, or the fields of each item of an array of objects
 *                     (Picoschema {@code user(object): {name: string}}, JSON Schema {@code properties}); else empty
 */
public record PromptInput(String name, String type, boolean required, String defaultValue, String description,
        List<String> choices, Span nameSpan, Span span, List<PromptInput> fields) {

    /** An input without fields. */
    public PromptInput(String name, String type, boolean required, String defaultValue, String description, List<String> choices,
            Span nameSpan, Span span) {
        this(name, type, required, defaultValue, description, choices, nameSpan, span, List.of());
    }

    /** The field of that name, or {@code null}. */
    public PromptInput field(String fieldName) {
        for (PromptInput field : fields) {
            if (field.name().equals(fieldName)) {
                return field;
            }
        }
        return null;
    }
}
