package dev.specls.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a workspace of prompt templates that checks clean: SASE xprompts (Jinja bodies with loops,
 * sets and macros, each referencing two others and the shared {@code review} xprompt, whose input
 * {@code path} so has a call site in every xprompt), dotprompt files with partials and Prompty files.
 * Deterministic: the same count writes the same bytes.
 */
final class PromptGenerator {

    /** The xprompt every other one references. */
    static final String SHARED = "xprompts/review.md";

    private PromptGenerator() {
    }

    /** Writes {@code templates} files under {@code folder}: 70% xprompts, 20% dotprompt, 10% Prompty. */
    static void generate(int templates, Path folder) {
        int sase = templates * 7 / 10;
        int dotprompt = templates * 2 / 10;
        int prompty = templates - sase - dotprompt;
        write(folder.resolve(SHARED), """
                ---
                name: review
                description: Review one file
                input:
                  path: {type: path, description: The file to review}
                  depth: {type: enum, choices: [quick, deep], default: quick}
                ---
                Review {{ path }} with a {{ depth }} pass.
                """);
        for (int i = 0; i < sase - 1; i++) {
            StringBuilder body = new StringBuilder();
            body.append("---\nname: task").append(i).append("\ndescription: Task ").append(i).append('\n')
                    .append("input:\n  topic: line\n  items: {type: text, default: \"a\\nb\"}\n  limit: {type: int, default: 3}\n---\n")
                    .append("# Task ").append(i).append(" on {{ topic }}\n\n")
                    .append("{% macro bullet(text, mark=\"-\") %}{{ mark }} {{ text | trim }}{% endmacro %}\n")
                    .append("{% set shown = items.split(\"\\n\") %}\n")
                    .append("{% for item in shown %}{% if loop.index <= limit %}{{ bullet(item) }}\n{% endif %}{% endfor %}\n\n")
                    .append("#review(path=src/module").append(i).append(".py, depth=deep)\n");
            if (i > 0) {
                body.append("Then #task").append(i - 1).append("(topic=\"").append(i).append("\")");
                if (i > 1) {
                    body.append(" and #task").append(i / 2).append("(topic=x)");
                }
                body.append('\n');
            }
            write(folder.resolve("xprompts/group" + (i % 20) + "/task" + i + ".md"), body.toString());
        }
        for (int i = 0; i < dotprompt; i += 2) {
            Path dir = folder.resolve("prompts/set" + (i % 10));
            write(dir.resolve("_part" + i + ".prompt"), "You are helping {{user}} with {{subject}}.\n");
            write(dir.resolve("summary" + i + ".prompt"), """
                    ---
                    model: googleai/gemini-2.0-flash
                    input:
                      schema:
                        user: string, who asks
                        subject: string
                        notes(array): {text: string}
                    ---
                    {{role "system"}}
                    {{> part%d}}
                    {{#each notes as |note|}}- {{note.text}}
                    {{/each}}
                    """.formatted(i));
        }
        for (int i = 0; i < prompty; i++) {
            write(folder.resolve("chat/chat" + i + ".prompty"), """
                    ---
                    name: chat%d
                    inputs:
                      question: {type: string}
                      faq: {type: array, default: []}
                    ---
                    system:
                    {%% for entry in faq %%}Q: {{ entry.q }} A: {{ entry.a }}
                    {%% endfor %%}
                    user:
                    {{ question }}
                    """.formatted(i));
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
