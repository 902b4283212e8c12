package dev.specls.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specls.features.progress.Progress;
import dev.specls.features.progress.ProgressGroup;
import dev.specls.features.progress.ProgressTask;
import java.util.List;

/** How {@code specls ready} and {@code specls status} print: lines for people, or one JSON object. */
enum ProgressFormat {
    TEXT,
    JSON;

    /** The ready set of each spec set. */
    String ready(List<Progress> progresses) {
        if (this == JSON) {
            ArrayNode sets = JsonOutput.object().arrayNode();
            for (Progress progress : progresses) {
                ObjectNode set = header(progress);
                ArrayNode ready = set.putArray("ready");
                progress.ready().forEach(task -> ready.add(task(task)));
                sets.add(set);
            }
            ObjectNode root = JsonOutput.object();
            root.set("specSets", sets);
            return JsonOutput.write(root);
        }
        StringBuilder text = new StringBuilder();
        for (Progress progress : progresses) {
            List<ProgressTask> ready = progress.ready();
            text.append(progress.path()).append(" (").append(progress.tool()).append("): ")
                    .append(ready.isEmpty() ? readyNoneReason(progress) : ready.size() + " ready").append('\n');
            for (ProgressTask task : ready) {
                text.append("  ").append(task.id()).append("  ").append(task.name()).append("  (").append(task.file()).append(':').append(task.line())
                        .append(")\n");
            }
        }
        return text.toString();
    }

    private static String readyNoneReason(Progress progress) {
        return progress.total() > 0 && progress.done() == progress.total() ? "all " + progress.total() + " tasks done" : "nothing ready";
    }

    /** Done counts per phase or milestone; with {@code detail}, every task with its status and what blocks it. */
    String status(List<Progress> progresses, boolean detail) {
        if (this == JSON) {
            ArrayNode sets = JsonOutput.object().arrayNode();
            for (Progress progress : progresses) {
                ObjectNode set = header(progress);
                set.put("done", progress.done());
                set.put("total", progress.total());
                ArrayNode groups = set.putArray("groups");
                for (ProgressGroup group : progress.groups()) {
                    ObjectNode node = groups.addObject();
                    node.put("kind", group.kind());
                    node.put("id", group.id());
                    node.put("title", group.title());
                    node.put("status", group.status());
                    node.put("done", group.done());
                    node.put("total", group.tasks().size());
                    if (detail) {
                        ArrayNode tasks = node.putArray("tasks");
                        group.tasks().forEach(task -> tasks.add(task(task)));
                    }
                }
                sets.add(set);
            }
            ObjectNode root = JsonOutput.object();
            root.set("specSets", sets);
            return JsonOutput.write(root);
        }
        StringBuilder text = new StringBuilder();
        for (Progress progress : progresses) {
            text.append(progress.path()).append(" (").append(progress.tool()).append("): ").append(progress.done()).append('/').append(progress.total())
                    .append(" tasks done, ").append(progress.ready().size()).append(" ready\n");
            for (ProgressGroup group : progress.groups()) {
                text.append("  ").append(groupLabel(group)).append("  ").append(group.done()).append('/').append(group.tasks().size());
                if (!group.status().isEmpty()) {
                    text.append("  ").append(group.status());
                }
                text.append('\n');
                if (detail) {
                    for (ProgressTask task : group.tasks()) {
                        text.append("    [").append(task.ready() ? "ready" : task.status()).append("] ").append(task.id()).append("  ").append(task.name());
                        if (!task.blockedBy().isEmpty() && !"done".equals(task.status())) {
                            text.append("  (waits for ").append(String.join(", ", task.blockedBy())).append(')');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static String groupLabel(ProgressGroup group) {
        String id = group.id();
        String prefix = id.regionMatches(true, 0, group.kind(), 0, group.kind().length()) ? id : capitalized(group.kind()) + " " + id;
        return group.title().isEmpty() || group.title().equals(id) ? prefix : prefix + ": " + group.title();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static ObjectNode header(Progress progress) {
        ObjectNode set = JsonOutput.object();
        set.put("path", progress.path());
        set.put("format", progress.format());
        return set;
    }

    private static ObjectNode task(ProgressTask task) {
        ObjectNode node = JsonOutput.object();
        node.put("id", task.id());
        node.put("name", task.name());
        node.put("status", task.status());
        node.put("ready", task.ready());
        node.set("blockedBy", JsonOutput.strings(task.blockedBy()));
        node.put("file", task.file());
        node.put("line", task.line());
        return node;
    }
}
