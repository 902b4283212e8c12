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
 */
public record PromptInput(String name, String type, boolean required, String defaultValue, String description,
        List<String> choices, Span nameSpan, Span span) {
}
