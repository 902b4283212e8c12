package dev.specls.features.prompt;

import dev.specls.syntax.prompt.PromptFlavor;
import dev.specls.syntax.prompt.TemplateBody.FunctionKind;
import dev.specls.syntax.prompt.TemplateBody.FunctionUse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The filters, tests, helpers and frontmatter keys users write, with signatures and what each does. */
final class PromptVocabulary {

    static final Map<String, String> JINJA_FILTERS = ordered(
            "default", "default(value, boolean=false) — the value when the variable is undefined (or falsy)",
            "upper", "upper — the text in upper case", "lower", "lower — the text in lower case",
            "title", "title — each word capitalised", "capitalize", "capitalize — the first letter upper case",
            "trim", "trim(chars=None) — without leading and trailing whitespace",
            "join", "join(separator='', attribute=None) — the items joined with the separator",
            "length", "length — the number of items", "first", "first — the first item", "last", "last — the last item",
            "replace", "replace(old, new, count=None) — the text with each old replaced", "truncate", "truncate(length=255, killwords=False, end='...')",
            "indent", "indent(width=4, first=False, blank=False) — every line indented", "tojson", "tojson(indent=None) — the value as JSON",
            "list", "list — the value as a list", "sort", "sort(reverse=False, attribute=None) — the items sorted",
            "unique", "unique — the items without repeats", "map", "map(attribute=…) or map('filter') — each item mapped",
            "select", "select('test') — the items that pass the test", "reject", "reject('test') — the items that fail the test",
            "selectattr", "selectattr(attribute, 'test') — the items whose attribute passes", "rejectattr", "rejectattr(attribute, 'test')",
            "int", "int(default=0) — the value as an integer", "float", "float(default=0.0) — the value as a number",
            "string", "string — the value as text", "safe", "safe — marks the text as safe (no escaping)",
            "escape", "escape — HTML-escaped text", "wordcount", "wordcount — the number of words",
            "batch", "batch(count, fill_with=None) — the items in groups", "dictsort", "dictsort(case_sensitive=False, by='key')",
            "sum", "sum(attribute=None, start=0)", "round", "round(precision=0, method='common')", "abs", "abs",
            "center", "center(width=80)", "format", "format(*args) — printf-style formatting", "groupby", "groupby(attribute)",
            "items", "items — the (key, value) pairs", "reverse", "reverse", "striptags", "striptags", "wordwrap", "wordwrap(width=79)",
            "urlencode", "urlencode", "xmlattr", "xmlattr", "filesizeformat", "filesizeformat", "pprint", "pprint", "random", "random",
            "max", "max(attribute=None)", "min", "min(attribute=None)", "slice", "slice(slices, fill_with=None)", "d", "d — short for default");

    static final Map<String, String> JINJA_TESTS = ordered("defined", "defined — the variable has a value",
            "undefined", "undefined — the variable has no value", "none", "none — the value is None", "number", "number", "string", "string",
            "iterable", "iterable", "mapping", "mapping", "sequence", "sequence", "odd", "odd", "even", "even",
            "divisibleby", "divisibleby(n)", "equalto", "equalto(other)", "sameas", "sameas(other)", "in", "in(sequence)");

    static final Map<String, String> HANDLEBARS_HELPERS = ordered(
            "if", "{{#if value}}…{{else}}…{{/if}} — renders the block when the value is truthy",
            "unless", "{{#unless value}}…{{/unless}} — renders the block when the value is falsy",
            "each", "{{#each items as |item index|}}…{{/each}} — the block once per item; inside, this is the item",
            "with", "{{#with value}}…{{/with}} — the block with the value as its context",
            "lookup", "{{lookup object key}} — the object's field named by key", "log", "{{log value}} — logs the value",
            "json", "{{json value indent=2}} — the value as JSON (dotprompt)",
            "role", "{{role \"system\"}} — starts a message with that role (dotprompt)",
            "history", "{{history}} — the conversation so far (dotprompt)",
            "section", "{{section \"name\"}} — marks where a section goes (dotprompt)",
            "media", "{{media url=… contentType=…}} — inserts an image or other media (dotprompt)",
            "ifEquals", "{{#ifEquals a b}}…{{/ifEquals}} — renders the block when a equals b (dotprompt)",
            "unlessEquals", "{{#unlessEquals a b}}…{{/unlessEquals}} — renders the block when a differs from b (dotprompt)");

    static final Map<String, String> KEY_DESCRIPTIONS = ordered(
            "name", "The prompt's name, which references and the tool's menus use.",
            "description", "What the prompt does: shown in menus and hovers.",
            "input", "The inputs the prompt takes (SASE: a map of name: type or a list; dotprompt: schema and default).",
            "inputs", "The inputs the prompt takes, each with kind, description, required, default.",
            "model", "The model the tool runs the prompt with.",
            "tools", "The tools the agent may use.",
            "mode", "The chat mode VS Code runs the prompt in (ask, edit, agent).",
            "agent", "The agent VS Code runs the prompt with.",
            "argument-hint", "What to type after the command, shown in the slash-command menu.",
            "allowed-tools", "The tools the command or skill may use without asking.",
            "template", "The template language: jinja2 (the default) or mustache.",
            "output", "The shape of the prompt's output.",
            "config", "Model settings (temperature, …).",
            "variant", "The variant name of this prompt file.",
            "snippet", "The snippet the editor inserts for this xprompt.",
            "tags", "Tags to find the prompt by.",
            "metadata", "Free-form metadata.");

    private PromptVocabulary() {
    }

    static String describe(FunctionUse use) {
        Map<String, String> table = use.kind() == FunctionKind.FILTER ? JINJA_FILTERS : use.kind() == FunctionKind.TEST ? JINJA_TESTS
                : HANDLEBARS_HELPERS;
        String text = table.get(use.name());
        String kind = use.kind() == FunctionKind.FILTER ? "filter" : use.kind() == FunctionKind.TEST ? "test" : "helper";
        return text == null ? "`" + PromptHovers.escape(use.name()) + "` — " + kind : "**" + kind + "** `" + text.replace("`", "'") + "`";
    }

    static String describeKey(PromptFlavor flavor, String key) {
        String text = KEY_DESCRIPTIONS.get(key);
        boolean read = flavor.frontmatterKeys().contains(key);
        return "`" + PromptHovers.escape(key) + "` — " + (text == null ? "" : text + " ") + (read ? "Read by " + flavor.tool() + "."
                : flavor.checksFrontmatterKeys() ? "**Not read** by " + flavor.tool() + "." : "Kept as metadata by " + flavor.tool() + ".");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
