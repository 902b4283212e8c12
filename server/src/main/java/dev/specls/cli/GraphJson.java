package dev.specls.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.features.graph.GraphPhase;
import dev.specls.features.graph.GraphPlan;
import dev.specls.features.graph.GraphTask;
import java.util.List;

/** The plans' tasks as one JSON object, flat per plan with each task's phase named, for scripts and agents. */
final class GraphJson {

    private GraphJson() {
    }

    static String render(List<GraphPlan> plans) {
        ObjectNode root = JsonOutput.object();
        ArrayNode planArray = root.putArray("plans");
        for (GraphPlan plan : plans) {
            ObjectNode planNode = planArray.addObject();
            planNode.put("file", plan.file());
            if (plan.note() != null) {
                planNode.put("note", plan.note());
            }
            ArrayNode tasks = planNode.putArray("tasks");
            for (GraphPhase phase : plan.phases()) {
                for (GraphTask task : phase.tasks()) {
                    ObjectNode node = tasks.addObject();
                    node.put("id", task.id());
                    node.put("phase", phase.name());
                    node.put("name", task.name());
                    node.set("depends_on", JsonOutput.strings(task.dependsOn()));
                    node.set("implicit_depends_on", JsonOutput.strings(task.implicitDependsOn()));
                    node.set("files", JsonOutput.strings(task.files()));
                    node.put("verify", task.verify());
                    node.put("done", task.done());
                    node.put("layer", task.layer());
                    node.put("status", task.status());
                }
            }
        }
        return JsonOutput.write(root);
    }
}
