package dev.specls.syntax.prompt;

/** The template language of a prompt's body. */
public enum TemplateSyntax {
    /** Jinja2 (SASE with {@code {{ }}}, {@code {% %}} or {@code {# #}}; Prompty by default), rendered by Jinjava in previews. */
    JINJA,
    /** Handlebars (dotprompt), rendered by Handlebars.java in previews. */
    HANDLEBARS,
    /** Mustache (Prompty with {@code template: mustache}). */
    MUSTACHE,
    /** SASE's legacy {@code {1}} / {@code {2:default}} placeholders. */
    PLACEHOLDERS,
    /** No template language: agent command and prompt files, whose tools substitute {@code $ARGUMENTS}, {@code ${input:…}} and the like. */
    AGENT
}
