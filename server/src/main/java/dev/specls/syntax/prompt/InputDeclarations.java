package dev.specls.syntax.prompt;

import dev.specls.syntax.SyntaxProblem;
import dev.specls.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads each dialect's input declarations into the one input model (FORMATS.md §5). */
final class InputDeclarations {

    static final List<String> SASE_TYPES = List.of("word", "line", "text", "path", "int", "bool", "float", "enum");
    static final List<String> PROMPTY_TYPES = List.of("string", "number", "integer", "boolean", "object", "array", "thread",
            "image", "file", "audio");
    static final List<String> PICOSCHEMA_TYPES = List.of("string", "number", "integer", "boolean", "null", "any", "object",
            "array", "enum");

    /** A Picoschema field key: {@code name}, {@code name?}, {@code name(array, description)}. */
    private static final Pattern PICOSCHEMA_KEY = Pattern.compile("([A-Za-z_$][\\w$-]*)(\\?)?\\s*(?:\\(([^)]*)\\))?");

    private final List<PromptInput> inputs = new ArrayList<>();
    private final List<SyntaxProblem> invalid = new ArrayList<>();
    private final List<SyntaxProblem> duplicates = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final String tool;

    private InputDeclarations(String tool) {
        this.tool = tool;
    }

    static PromptInputs read(PromptFlavor flavor, YamlNode.Mapping frontmatter) {
        InputDeclarations reader = new InputDeclarations(flavor.tool());
        YamlNode section = null;
        boolean declared = false;
        if (frontmatter != null) {
            switch (flavor) {
                case SASE -> {
                    section = frontmatter.get("input");
                    declared = true;
                    reader.sase(section);
                }
                case PROMPTY -> {
                    section = frontmatter.get("inputs");
                    declared = section instanceof YamlNode.Mapping;
                    reader.prompty(section);
                }
                case DOTPROMPT -> {
                    YamlNode input = frontmatter.get("input");
                    section = input;
                    if (input instanceof YamlNode.Mapping mapping) {
                        YamlNode schema = mapping.get("schema");
                        declared = schema instanceof YamlNode.Mapping;
                        reader.dotprompt(schema, mapping.get("default"));
                    }
                }
                default -> {
                }
            }
        } else if (flavor == PromptFlavor.SASE) {
            declared = true;
        }
        return new PromptInputs(List.copyOf(reader.inputs), declared, section == null ? null : section.span(),
                List.copyOf(reader.invalid), List.copyOf(reader.duplicates));
    }

    private void sase(YamlNode section) {
        if (section instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries()) {
                if (!(entry.key() instanceof YamlNode.Scalar key)) {
                    continue;
                }
                if (entry.value() instanceof YamlNode.Mapping details) {
                    saseInput(key, details, new Span(key.span().start(), details.span().end()));
                } else {
                    String type = YamlNode.text(entry.value());
                    Span typeSpan = entry.value().span();
                    add(key.value(), type == null || type.isEmpty() ? "line" : type, typeSpan, true, null, null, List.of(), key.span(),
                            new Span(key.span().start(), Math.max(key.span().end(), typeSpan.end())), SASE_TYPES, null, List.of());
                }
            }
        } else if (section instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping details && details.get("name") instanceof YamlNode.Scalar name) {
                    saseInput(name, details, details.span());
                } else {
                    invalid.add(new SyntaxProblem(item.span(), "An item of \"input\" without a \"name\": " + tool
                            + " skips it. Give it a name."));
                }
            }
        } else if (section != null && !(section instanceof YamlNode.Scalar scalar && scalar.value().isEmpty())) {
            invalid.add(new SyntaxProblem(section.span(), "\"input\" is neither a map nor a list: " + tool
                    + " declares no inputs. Write a map of name: type."));
        }
    }

    private void saseInput(YamlNode.Scalar name, YamlNode.Mapping details, Span span) {
        YamlNode type = details.get("type");
        YamlNode defaultNode = details.get("default");
        String typeText = type == null ? "line" : YamlNode.text(type);
        add(name.value(), typeText, type == null ? name.span() : type.span(), defaultNode == null, defaultNode,
                YamlNode.text(details.get("description")), strings(details.get("choices")), name.span(), span, SASE_TYPES,
                details.get("choices"), List.of());
    }

    private void prompty(YamlNode section) {
        if (!(section instanceof YamlNode.Mapping mapping)) {
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                continue;
            }
            Span span = new Span(key.span().start(), Math.max(key.span().end(), entry.value().span().end()));
            if (entry.value() instanceof YamlNode.Mapping details) {
                YamlNode kind = details.get("kind") != null ? details.get("kind") : details.get("type");
                YamlNode defaultNode = details.get("default");
                YamlNode required = details.get("required");
                YamlNode choices = details.get("enumValues") != null ? details.get("enumValues") : details.get("enum");
                add(key.value(), kind == null ? null : YamlNode.text(kind), kind == null ? key.span() : kind.span(),
                        required != null && "true".equalsIgnoreCase(YamlNode.text(required)), defaultNode,
                        YamlNode.text(details.get("description")), strings(choices), key.span(), span, PROMPTY_TYPES, choices,
                        sampleFields(details.get("sample") != null ? details.get("sample") : defaultNode));
            } else {
                // A plain value is the input's default (and sample).
                add(key.value(), null, key.span(), false, entry.value(), null, List.of(), key.span(), span, PROMPTY_TYPES, null, List.of());
            }
        }
    }

    private void dotprompt(YamlNode schema, YamlNode defaults) {
        if (!(schema instanceof YamlNode.Mapping mapping)) {
            return;
        }
        YamlNode.Mapping defaultValues = defaults instanceof YamlNode.Mapping values ? values : null;
        YamlNode properties = mapping.get("properties");
        if (mapping.get("type") != null && properties instanceof YamlNode.Mapping jsonProperties) {
            Set<String> required = new HashSet<>(strings(mapping.get("required")));
            for (YamlNode.Entry entry : jsonProperties.entries()) {
                if (entry.key() instanceof YamlNode.Scalar key) {
                    YamlNode type = entry.value() instanceof YamlNode.Mapping details ? details.get("type") : null;
                    YamlNode description = entry.value() instanceof YamlNode.Mapping details ? details.get("description") : null;
                    YamlNode choices = entry.value() instanceof YamlNode.Mapping details ? details.get("enum") : null;
                    add(key.value(), type == null ? null : YamlNode.text(type), type == null ? key.span() : type.span(),
                            required.contains(key.value()), defaultValues == null ? null : defaultValues.get(key.value()),
                            YamlNode.text(description), strings(choices), key.span(),
                            new Span(key.span().start(), Math.max(key.span().end(), entry.value().span().end())), PICOSCHEMA_TYPES,
                            choices, jsonSchemaFields(entry.value()));
                }
            }
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                continue;
            }
            PromptInput field = picoschemaField(key, entry.value(), defaultValues);
            if (field == null) {
                invalid.add(new SyntaxProblem(key.span(), "\"" + key.value() + "\" is not a Picoschema field (name, name?, name(type, description)): "
                        + tool + " rejects the schema. Rename it."));
                continue;
            }
            add(field.name(), field.type(), key.value().contains("(") ? key.span() : entry.value().span(),
                    field.required(), defaultValues == null ? null : defaultValues.get(field.name()), field.description(), field.choices(),
                    field.nameSpan(), field.span(), PICOSCHEMA_TYPES, entry.value() instanceof YamlNode.Sequence ? entry.value() : null,
                    field.fields());
        }
    }

    /**
     * One Picoschema field, {@code name}, {@code name?} or {@code name(type, description)}, with the fields of
     * an object or of an array's items written under it; {@code null} when the key is no Picoschema field.
     */
    private static PromptInput picoschemaField(YamlNode.Scalar key, YamlNode value, YamlNode.Mapping defaultValues) {
        Matcher field = PICOSCHEMA_KEY.matcher(key.value());
        if (!field.matches()) {
            return null;
        }
        Span span = new Span(key.span().start(), Math.max(key.span().end(), value.span().end()));
        String name = field.group(1);
        Span nameSpan = new Span(key.span().start(), key.span().start() + Math.min(name.length(), key.span().length()));
        String type;
        String description = null;
        List<String> choices = List.of();
        String parenthesized = field.group(3);
        if (parenthesized != null) {
            String[] parts = parenthesized.split(",", 2);
            type = parts[0].strip();
            description = parts.length > 1 ? parts[1].strip() : null;
            if (type.equals("enum")) {
                choices = strings(value);
            }
        } else if (value instanceof YamlNode.Scalar scalar) {
            String[] parts = scalar.value().split(",", 2);
            type = parts[0].strip();
            description = parts.length > 1 ? parts[1].strip() : null;
        } else {
            type = value instanceof YamlNode.Sequence ? "enum" : "object";
            choices = strings(value);
        }
        List<PromptInput> fields = new ArrayList<>();
        if (value instanceof YamlNode.Mapping nested) {
            for (YamlNode.Entry entry : nested.entries()) {
                PromptInput inner = entry.key() instanceof YamlNode.Scalar innerKey ? picoschemaField(innerKey, entry.value(), null) : null;
                if (inner != null) {
                    fields.add(inner);
                }
            }
        }
        String defaultValue = defaultValues == null ? null : YamlNode.text(defaultValues.get(name));
        return new PromptInput(name, type.equals("*") ? "any" : type, field.group(2) == null, defaultValue, description, List.copyOf(choices),
                nameSpan, span, List.copyOf(fields));
    }

    /** The keys of a Prompty sample or default object, typed by their values, as the object's fields. */
    private static List<PromptInput> sampleFields(YamlNode sample) {
        if (sample instanceof YamlNode.Sequence items && !items.items().isEmpty()) {
            return sampleFields(items.items().get(0));
        }
        if (!(sample instanceof YamlNode.Mapping mapping)) {
            return List.of();
        }
        List<PromptInput> fields = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.key() instanceof YamlNode.Scalar key) {
                String type = entry.value() instanceof YamlNode.Mapping ? "object" : entry.value() instanceof YamlNode.Sequence ? "array"
                        : entry.value() instanceof YamlNode.Scalar scalar ? sampleType(scalar) : null;
                fields.add(new PromptInput(key.value(), type, false, null, null, List.of(), key.span(),
                        new Span(key.span().start(), Math.max(key.span().end(), entry.value().span().end())), sampleFields(entry.value())));
            }
        }
        return List.copyOf(fields);
    }

    private static String sampleType(YamlNode.Scalar scalar) {
        return switch (scalar.coreType()) {
            case "int" -> "integer";
            case "float" -> "number";
            case "bool" -> "boolean";
            default -> "string";
        };
    }

    /** The {@code properties} of a JSON Schema object, or of its {@code items} when it is an array. */
    private static List<PromptInput> jsonSchemaFields(YamlNode schema) {
        if (!(schema instanceof YamlNode.Mapping mapping)) {
            return List.of();
        }
        YamlNode properties = mapping.get("properties");
        if (!(properties instanceof YamlNode.Mapping) && mapping.get("items") instanceof YamlNode.Mapping items) {
            properties = items.get("properties");
        }
        if (!(properties instanceof YamlNode.Mapping declared)) {
            return List.of();
        }
        List<PromptInput> fields = new ArrayList<>();
        for (YamlNode.Entry entry : declared.entries()) {
            if (entry.key() instanceof YamlNode.Scalar key) {
                YamlNode.Mapping details = entry.value() instanceof YamlNode.Mapping values ? values : null;
                fields.add(new PromptInput(key.value(), details == null ? null : YamlNode.text(details.get("type")), false, null,
                        details == null ? null : YamlNode.text(details.get("description")), List.of(), key.span(),
                        new Span(key.span().start(), Math.max(key.span().end(), entry.value().span().end())), jsonSchemaFields(entry.value())));
            }
        }
        return List.copyOf(fields);
    }

    private void add(String name, String type, Span typeSpan, boolean required, YamlNode defaultNode, String description,
            List<String> choices, Span nameSpan, Span span, List<String> types, YamlNode choicesNode, List<PromptInput> fields) {
        String defaultValue = YamlNode.text(defaultNode);
        PromptInput input = new PromptInput(name, type, required, defaultValue, description, List.copyOf(choices), nameSpan, span, fields);
        if (!seen.add(name)) {
            duplicates.add(new SyntaxProblem(nameSpan, "Input \"" + name + "\" is declared twice: " + tool
                    + " keeps only one of the declarations. Remove or rename this one."));
        }
        inputs.add(input);
        if (type != null && !types.contains(type)) {
            invalid.add(new SyntaxProblem(typeSpan, "Input \"" + name + "\" has type \"" + type + "\", which " + tool
                    + " does not know, so it rejects the prompt. Use one of: " + String.join(", ", types) + "."));
            return;
        }
        if ("enum".equals(type) && choices.isEmpty() && types == SASE_TYPES) {
            invalid.add(new SyntaxProblem(typeSpan, "Enum input \"" + name + "\" lists no choices: " + tool
                    + " accepts no value for it. Add \"choices\"."));
        }
        if (defaultNode instanceof YamlNode.Scalar scalar && type != null) {
            String expected = valueProblem(type, scalar);
            if (expected != null) {
                invalid.add(new SyntaxProblem(scalar.span(), "The default of \"" + name + "\" is not " + expected + ": " + tool
                        + " fails when the input is left out. Write a default of its type."));
            } else if (!choices.isEmpty() && !choices.contains(scalar.value())) {
                invalid.add(new SyntaxProblem(scalar.span(), "The default of \"" + name + "\", \"" + scalar.value()
                        + "\", is not among its choices (" + String.join(", ", choices) + "): " + tool
                        + " rejects it when the input is left out."));
            }
        }
    }

    /** What a value of {@code type} must be when {@code value} is not one, else {@code null}. */
    static String valueProblem(String type, YamlNode.Scalar value) {
        String core = value.coreType();
        return switch (type) {
            case "int", "integer" -> core.equals("int") || value.value().matches("[-+]?[0-9]+") ? null : "an integer";
            case "float", "number" -> core.equals("int") || core.equals("float") || value.value().matches("[-+]?[0-9]*\\.?[0-9]+")
                    ? null : "a number";
            case "bool", "boolean" -> core.equals("bool") || value.value().matches("(?i)true|false") ? null : "true or false";
            case "word" -> value.value().isEmpty() || value.value().chars().anyMatch(Character::isWhitespace) ? "one word" : null;
            case "line" -> value.value().contains("\n") ? "one line" : null;
            default -> null;
        };
    }

    private static List<String> strings(YamlNode node) {
        List<String> values = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                String text = YamlNode.text(item);
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }
}
