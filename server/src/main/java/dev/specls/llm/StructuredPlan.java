package dev.specls.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [llm] structuredOutput = true}: the plan is asked for as JSON against a schema (langchain4j's structured
 * outputs), read into phases and tasks, and written as sago's XML in the layout specls' formatter gives a plan
 * (four spaces a level, children in sago's order: name, files, action, verify, done).
 */
public final class StructuredPlan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDENT = "    ";

    record PlannedTask(String id, List<String> dependsOn, String name, List<String> files, String action, String verify, String done) {
    }

    record PlannedPhase(String name, String description, List<PlannedTask> tasks) {
    }

    private StructuredPlan() {
    }

    /** The response format of a planning request: the plan's schema when structured output is on, else {@code null} for text. */
    static ResponseFormat format(LlmSettings settings) {
        if (!settings.structuredOutput()) {
            return null;
        }
        JsonObjectSchema task = JsonObjectSchema.builder()
                .addStringProperty("id", "N.M: phase number, task number")
                .addProperty("depends_on", JsonArraySchema.builder().items(new JsonStringSchema()).description("ids this task needs; empty: every earlier task of the phase").build())
                .addStringProperty("name")
                .addProperty("files", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .addStringProperty("action")
                .addStringProperty("verify", "a shell command that fails until the task is done")
                .addStringProperty("done")
                .required("id", "depends_on", "name", "files", "action", "verify", "done")
                .build();
        JsonObjectSchema phase = JsonObjectSchema.builder()
                .addStringProperty("name", "Phase N: title")
                .addStringProperty("description")
                .addProperty("tasks", JsonArraySchema.builder().items(task).build())
                .required("name", "description", "tasks")
                .build();
        JsonObjectSchema plan = JsonObjectSchema.builder()
                .addProperty("phases", JsonArraySchema.builder().items(phase).build())
                .required("phases")
                .build();
        return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("sago_plan").rootElement(plan).build()).build();
    }

    /** The sago XML of a JSON answer. */
    public static String toXml(String answer) {
        return write(read(answer));
    }

    static List<PlannedPhase> read(String answer) {
        String json = answer.strip();
        if (json.startsWith("```")) {
            json = json.replaceAll("^```[a-z]*\\s*", "").replaceAll("\\s*```$", "");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException | RuntimeException notJson) {
            throw new IllegalArgumentException("the answer is not the JSON the schema asks for: " + notJson.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("phases").isArray()) {
            throw new IllegalArgumentException("the answer's JSON has no \"phases\" array");
        }
        List<PlannedPhase> phases = new ArrayList<>();
        for (JsonNode phase : root.path("phases")) {
            List<PlannedTask> tasks = new ArrayList<>();
            for (JsonNode task : phase.path("tasks")) {
                tasks.add(new PlannedTask(task.path("id").asText(""), strings(task.path("depends_on")), task.path("name").asText(""),
                        strings(task.path("files")), task.path("action").asText(""), task.path("verify").asText(""), task.path("done").asText("")));
            }
            phases.add(new PlannedPhase(phase.path("name").asText(""), phase.path("description").asText(""), tasks));
        }
        return phases;
    }

    static String write(List<PlannedPhase> phases) {
        StringBuilder xml = new StringBuilder("<phases>\n");
        for (PlannedPhase phase : phases) {
            xml.append(INDENT).append("<phase name=\"").append(attribute(phase.name())).append("\">\n");
            if (!phase.description().isBlank()) {
                element(xml, 2, "description", phase.description());
            }
            for (PlannedTask task : phase.tasks()) {
                xml.append(INDENT.repeat(2)).append("<task id=\"").append(attribute(task.id())).append('"');
                if (!task.dependsOn().isEmpty()) {
                    xml.append(" depends_on=\"").append(attribute(String.join(",", task.dependsOn()))).append('"');
                }
                xml.append(">\n");
                element(xml, 3, "name", task.name());
                if (task.files().size() <= 1) {
                    element(xml, 3, "files", task.files().isEmpty() ? "" : task.files().get(0));
                } else {
                    xml.append(INDENT.repeat(3)).append("<files>\n");
                    task.files().forEach(file -> xml.append(INDENT.repeat(4)).append(text(file)).append('\n'));
                    xml.append(INDENT.repeat(3)).append("</files>\n");
                }
                element(xml, 3, "action", task.action());
                element(xml, 3, "verify", task.verify());
                element(xml, 3, "done", task.done());
                xml.append(INDENT.repeat(2)).append("</task>\n");
            }
            xml.append(INDENT).append("</phase>\n");
        }
        return xml.append("</phases>").toString();
    }

    private static void element(StringBuilder xml, int depth, String name, String content) {
        xml.append(INDENT.repeat(depth)).append('<').append(name).append('>').append(text(content.strip())).append("</").append(name).append(">\n");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> {
                if (!item.asText("").isBlank()) {
                    values.add(item.asText().strip());
                }
            });
        } else if (array.isTextual() && !array.asText().isBlank()) {
            for (String part : array.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;");
    }
}
