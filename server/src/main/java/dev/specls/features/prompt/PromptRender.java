package dev.specls.features.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsError;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.io.AbstractTemplateLoader;
import com.github.jknack.handlebars.io.StringTemplateSource;
import com.github.jknack.handlebars.io.TemplateSource;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.specls.syntax.prompt.PromptInput;
import dev.specls.syntax.prompt.PromptTemplate;
import dev.specls.syntax.prompt.TemplateBody.Call;
import dev.specls.syntax.prompt.TemplateBody.CallKind;
import dev.specls.syntax.prompt.TemplateSyntax;
import dev.specls.text.LineIndex;
import dev.specls.text.Span;
import dev.specls.workspace.PromptLibrary;
import dev.specls.workspace.PromptLibrary.Prompt;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The render preview: a template rendered by the maintained engine of its language (Jinjava for Jinja2,
 * Handlebars.java for Handlebars and mustache) with its defaults or the inputs given. Includes and
 * partials are served from the workspace's prompts only; nothing is read from disk and nothing runs.
 * An engine's error becomes a problem with the line it names, never an exception.
 */
public final class PromptRender {

    /** Output beyond this is cut: a preview, not a way to fill memory with a loop. */
    static final int MAX_OUTPUT = 1_000_000;

    /** A render error at a span of the template's file. */
    public record Problem(Span span, String message) {
    }

    public record Rendered(String text, List<Problem> problems) {
    }

    private PromptRender() {
    }

    public static Rendered render(PromptLibrary library, Prompt prompt, Map<String, Object> given) {
        PromptTemplate template = prompt.template();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (PromptInput input : template.inputs().inputs()) {
            if (input.defaultValue() != null) {
                inputs.put(input.name(), typed(input.type(), input.defaultValue()));
            }
        }
        if (given != null) {
            inputs.putAll(given);
        }
        String body = prompt.file().text().substring(template.bodyStart());
        return switch (template.syntax()) {
            case JINJA -> jinja(library, prompt, body, inputs);
            case HANDLEBARS, MUSTACHE -> handlebars(library, prompt, body, inputs);
            default -> new Rendered(body, List.of());
        };
    }

    private static Object typed(String type, String value) {
        if (type == null) {
            return value;
        }
        try {
            return switch (type) {
                case "int", "integer" -> Long.parseLong(value.strip());
                case "float", "number" -> Double.parseDouble(value.strip());
                case "bool", "boolean" -> Boolean.parseBoolean(value.strip());
                default -> value;
            };
        } catch (NumberFormatException notOfItsType) {
            return value;
        }
    }

    private static Rendered jinja(PromptLibrary library, Prompt prompt, String body, Map<String, Object> inputs) {
        JinjavaConfig config = JinjavaConfig.newBuilder().withMaxOutputSize(MAX_OUTPUT).withRangeLimit(10_000).withMaxRenderDepth(20)
                .withFailOnUnknownTokens(false).build();
        Jinjava jinjava = new Jinjava(config);
        jinjava.setResourceLocator((name, charset, interpreter) -> {
            Prompt target = target(library, prompt, name);
            if (target == null) {
                throw new ResourceNotFoundException("no template " + name + " in the workspace");
            }
            return target.file().text().substring(target.template().bodyStart());
        });
        List<Problem> problems = new ArrayList<>();
        RenderResult result;
        try {
            result = jinjava.renderForResult(body, inputs);
        } catch (RuntimeException failed) {
            problems.add(new Problem(Span.at(prompt.template().bodyStart()), "Jinjava could not render the template: " + failed.getMessage()));
            return new Rendered("", problems);
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL || error.getSeverity() == TemplateError.ErrorType.WARNING) {
                problems.add(new Problem(lineSpan(prompt, error.getLineno()), "Jinjava: " + error.getMessage()));
            }
        }
        return new Rendered(result.getOutput() == null ? "" : result.getOutput(), problems);
    }

    private static Rendered handlebars(PromptLibrary library, Prompt prompt, String body, Map<String, Object> inputs) {
        Handlebars handlebars = new Handlebars(new AbstractTemplateLoader() {
            @Override
            public TemplateSource sourceAt(String location) throws IOException {
                Prompt target = partial(library, prompt, location);
                if (target == null) {
                    throw new FileNotFoundException("no partial " + location + " beside " + prompt.path().getFileName());
                }
                return new StringTemplateSource(location, target.file().text().substring(target.template().bodyStart()));
            }
        });
        registerDotpromptHelpers(handlebars);
        List<Problem> problems = new ArrayList<>();
        try {
            String output = handlebars.compileInline(body).apply(inputs);
            return new Rendered(output.length() > MAX_OUTPUT ? output.substring(0, MAX_OUTPUT) : output, problems);
        } catch (HandlebarsException failed) {
            HandlebarsError error = failed.getError();
            int line = error == null ? 1 : error.line;
            problems.add(new Problem(lineSpan(prompt, line), "Handlebars: " + (error == null ? failed.getMessage() : error.reason)));
        } catch (IOException | RuntimeException failed) {
            problems.add(new Problem(Span.at(prompt.template().bodyStart()), "Handlebars could not render the template: " + failed.getMessage()));
        }
        return new Rendered("", problems);
    }

    /** dotprompt's helpers, as dotprompt renders them: role and history markers, JSON, media placeholders. */
    private static void registerDotpromptHelpers(Handlebars handlebars) {
        ObjectMapper json = new ObjectMapper();
        handlebars.registerHelper("json", (Object value, Options options) -> {
            try {
                return new Handlebars.SafeString(json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
            } catch (JsonProcessingException notJson) {
                return String.valueOf(value);
            }
        });
        handlebars.registerHelper("role", (Object role, Options options) -> new Handlebars.SafeString("<<<dotprompt:role:" + role + ">>>"));
        handlebars.registerHelper("history", (Object ignored, Options options) -> new Handlebars.SafeString("<<<dotprompt:history>>>"));
        handlebars.registerHelper("section", (Object name, Options options) -> new Handlebars.SafeString("<<<dotprompt:section " + name + ">>>"));
        handlebars.registerHelper("media", (Object ignored, Options options) -> new Handlebars.SafeString("<<<dotprompt:media:url "
                + options.hash("url", "") + ">>>"));
        Helper<Object> ifEquals = (Object a, Options options) -> java.util.Objects.equals(String.valueOf(a), String.valueOf(options.param(0, null)))
                ? options.fn() : options.inverse();
        handlebars.registerHelper("ifEquals", ifEquals);
        handlebars.registerHelper("unlessEquals", (Object a, Options options) -> java.util.Objects.equals(String.valueOf(a),
                String.valueOf(options.param(0, null))) ? options.inverse() : options.fn());
    }

    private static Prompt target(PromptLibrary library, Prompt prompt, String name) {
        for (Call call : prompt.template().calls()) {
            if (call.target().equals(name) && call.kind() != CallKind.MACRO) {
                PromptLibrary.Target target = library.resolve(prompt, call);
                return target == null ? null : target.prompt();
            }
        }
        return null;
    }

    private static Prompt partial(PromptLibrary library, Prompt prompt, String location) {
        String name = location.startsWith("/") ? location.substring(1) : location;
        for (Call call : prompt.template().calls()) {
            if (call.kind() == CallKind.PARTIAL && call.target().equals(name)) {
                PromptLibrary.Target target = library.resolve(prompt, call);
                return target == null ? null : target.prompt();
            }
        }
        return null;
    }

    /** The span of the body's 1-based line {@code line}. */
    private static Span lineSpan(Prompt prompt, int line) {
        LineIndex lines = prompt.file().lineIndex();
        int first = lines.lineOf(prompt.template().bodyStart());
        int target = Math.max(0, Math.min(lines.lineCount() - 1, first + Math.max(1, line) - 1));
        return new Span(lines.lineStart(target), lines.lineContentEnd(target));
    }

    /** True when the template is in a language the preview renders. */
    public static boolean renders(PromptTemplate template) {
        return template.syntax() == TemplateSyntax.JINJA || template.syntax() == TemplateSyntax.HANDLEBARS
                || template.syntax() == TemplateSyntax.MUSTACHE;
    }
}
