package dev.specls.syntax.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.ValueResolver;
import com.hubspot.jinjava.Jinjava;
import dev.specls.syntax.prompt.TemplateBody.Reach;
import dev.specls.syntax.prompt.TemplateBody.VariableUse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * For random valid templates, the variables specls reads from a template's inputs are exactly those the
 * rendering engine asks its caller for: Jinjava through its resolver of unknown variables, Handlebars.java
 * through a value resolver that records what is looked up on the root model. So no undefined-variable
 * finding is false, and none is missed. (Handlebars.java looks a name up in enclosing contexts when the
 * current item lacks it; specls never reports such names, so they may be asked for too.)
 */
class TemplateVariablesOracleTest {

    private static final int TEMPLATES = 400;
    private static final String[] NAMES = {"topic", "user", "items", "rows", "mode", "limit", "extra"};

    @Test
    void jinjaVariablesAreWhatJinjavaAsksFor() {
        Random random = new Random(7);
        for (int n = 0; n < TEMPLATES; n++) {
            String template = jinja(random, 0, new ArrayList<>());
            Set<String> asked = new TreeSet<>();
            Jinjava jinjava = new Jinjava();
            // Lists for names used as iterables, a record-like map otherwise: every branch and loop body runs.
            jinjava.getGlobalContext().setDynamicVariableResolver(name -> {
                asked.add(name);
                return name.equals("items") || name.equals("rows") ? List.of(Map.of("name", "a"), Map.of("name", "b")) : Map.of("name", "v");
            });
            jinjava.renderForResult(template, Map.of());
            assertEquals(asked, inputs(PromptParser.parse("x.prompty", template)), template);
        }
    }

    @Test
    void handlebarsVariablesAreWhatHandlebarsJavaAsksFor() throws Exception {
        Random random = new Random(11);
        Handlebars handlebars = new Handlebars();
        for (int n = 0; n < TEMPLATES; n++) {
            String template = handlebars(random, 0);
            Map<String, Object> model = new java.util.HashMap<>();
            for (String name : NAMES) {
                model.put(name, name.equals("items") || name.equals("rows") ? List.of(Map.of("name", "a")) : "v");
            }
            Set<String> asked = new TreeSet<>();
            Map<Object, Boolean> root = new IdentityHashMap<>();
            root.put(model, true);
            ValueResolver recording = new ValueResolver() {
                @Override
                public Object resolve(Object context, String name) {
                    // @root is Handlebars.java's own data lookup, not a variable of the caller.
                    if (root.containsKey(context) && !name.startsWith("@") && !name.equals("root")) {
                        asked.add(name);
                    }
                    return ValueResolver.defaultValueResolvers().stream().map(resolver -> resolver.resolve(context, name))
                            .filter(value -> value != UNRESOLVED).findFirst().orElse(UNRESOLVED);
                }

                @Override
                public Object resolve(Object context) {
                    return context;
                }

                @Override
                public Set<Map.Entry<String, Object>> propertySet(Object context) {
                    return ValueResolver.defaultValueResolvers().get(0).propertySet(context);
                }
            };
            handlebars.compileInline(template).apply(Context.newBuilder(model).resolver(recording).build());
            Set<String> inputs = new TreeSet<>();
            Set<String> context = new TreeSet<>();
            for (VariableUse use : PromptParser.parse("x.prompt", template).body().variables()) {
                if (use.reach() == Reach.INPUT) {
                    inputs.add(use.name());
                } else if (use.reach() == Reach.CONTEXT) {
                    context.add(use.name());
                }
            }
            // Every variable specls reads from the inputs is one the engine asks for; the engine asks for nothing else,
            // except a name inside {{#each}} or {{#with}} that the item lacks, which Handlebars.java then looks up further out.
            assertTrue(asked.containsAll(inputs), () -> template + "\nspecls: " + inputs + "\nengine: " + asked);
            Set<String> explained = new TreeSet<>(inputs);
            explained.addAll(context);
            assertTrue(explained.containsAll(asked), () -> template + "\nspecls: " + inputs + " + context " + context + "\nengine: " + asked);
        }
    }

    private static Set<String> inputs(PromptTemplate template) {
        Set<String> names = new TreeSet<>();
        for (VariableUse use : template.body().variables()) {
            if (use.reach() == Reach.INPUT) {
                names.add(use.name());
            }
        }
        return names;
    }

    /** A random Jinja template over the names, with loops, sets, conditions, macros, filters and tests. */
    private static String jinja(Random random, int depth, List<String> bound) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String name = pick(random, bound);
            switch (depth > 2 ? random.nextInt(3) : random.nextInt(9)) {
                case 0 -> out.append("{{ ").append(name).append(" }} ");
                case 1 -> out.append("{{ ").append(name).append(".name | upper }} ");
                case 2 -> out.append("{{ ").append(name).append(" | default('none') }} ");
                case 3 -> {
                    String variable = "v" + depth + i;
                    List<String> inner = new ArrayList<>(bound);
                    inner.add(variable);
                    out.append("{% for ").append(variable).append(" in ").append(random.nextBoolean() ? "items" : "rows").append(" %}")
                            .append("{{ loop.index }} ").append(jinja(random, depth + 1, inner)).append("{% endfor %}");
                }
                case 4 -> {
                    String variable = "s" + depth + i;
                    out.append("{% set ").append(variable).append(" = ").append(name).append(" %}");
                    bound.add(variable);
                }
                case 5 -> out.append("{% if ").append(name).append(" %}").append(jinja(random, depth + 1, new ArrayList<>(bound)))
                        .append("{% else %}x{% endif %}");
                case 6 -> out.append("{% if ").append(name).append(" is defined %}{{ ").append(name).append(" }}{% endif %}");
                case 7 -> {
                    String macro = "m" + depth + i;
                    List<String> inner = new ArrayList<>(bound);
                    inner.add("p");
                    out.append("{% macro ").append(macro).append("(p, q='d') %}").append(jinja(random, depth + 1, inner))
                            .append("{{ q }}{% endmacro %}{{ ").append(macro).append("(").append(name).append(") }}");
                }
                default -> out.append("{# ").append(name).append(" #}text ");
            }
        }
        return out.toString();
    }

    /** A random Handlebars template over the names, with each (and block parameters), with, if, unless, paths and @root. */
    private static String handlebars(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            switch (depth > 2 ? random.nextInt(3) : random.nextInt(8)) {
                case 0 -> out.append("{{").append(depth == 0 ? name : "@root." + name).append("}} ");
                case 1 -> out.append("{{{").append(depth == 0 ? name : "@root." + name).append("}}} ");
                case 2 -> out.append("{{!-- ").append(name).append(" --}}");
                case 3 -> out.append("{{#each ").append(depth == 0 ? (random.nextBoolean() ? "items" : "rows") : "@root.items")
                        .append(" as |row index|}}{{row.name}} {{index}} {{name}} ").append(handlebars(random, depth + 1)).append("{{/each}}");
                case 4 -> out.append("{{#if ").append(depth == 0 ? name : "@root." + name).append("}}").append(handlebars(random, depth + 1))
                        .append("{{else}}-{{/if}}");
                case 5 -> out.append("{{#unless ").append(depth == 0 ? name : "@root." + name).append("}}x{{/unless}}");
                case 6 -> out.append("{{#with ").append(depth == 0 ? "items" : "@root.items").append("}}{{length}}{{/with}}");
                default -> out.append("{{").append(depth == 0 ? name : "@root." + name).append(".name}} ");
            }
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> bound) {
        if (!bound.isEmpty() && random.nextInt(3) == 0) {
            return bound.get(random.nextInt(bound.size()));
        }
        return NAMES[random.nextInt(NAMES.length)];
    }
}
